"""Write a deterministic synthetic corpus of BEP posting files for benchmarks."""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import time
import unicodedata
from calendar import monthrange
from datetime import date, timedelta
from pathlib import Path

# --- places -----------------------------------------------------------------------------------------
# Distrito -> [(concelho, first postal prefix, prefix spread, extra localities)].
PLACES: dict[str, list[tuple[str, int, int, tuple[str, ...]]]] = {
    "Aveiro": [
        ("Aveiro", 3800, 11, ("ESGUEIRA", "CACIA")),
        ("Ílhavo", 3830, 4, ("GAFANHA DA NAZARÉ",)),
        ("Ovar", 3880, 6, ("ESMORIZ",)),
        ("Águeda", 3750, 8, ()),
        ("Santa Maria da Feira", 4520, 10, ("LOUROSA", "FIÃES")),
        ("Oliveira de Azeméis", 3720, 7, ()),
        ("Espinho", 4500, 5, ()),
    ],
    "Beja": [
        ("Beja", 7800, 9, ()),
        ("Moura", 7860, 5, ("AMARELEJA",)),
        ("Serpa", 7830, 5, ()),
        ("Odemira", 7630, 8, ("VILA NOVA DE MILFONTES", "SÃO TEOTÓNIO")),
        ("Castro Verde", 7780, 3, ()),
    ],
    "Braga": [
        ("Braga", 4700, 12, ("GUALTAR", "LAMAÇÃES")),
        ("Guimarães", 4800, 12, ("CALDAS DAS TAIPAS", "PEVIDÉM")),
        ("Barcelos", 4750, 10, ()),
        ("Vila Nova de Famalicão", 4760, 8, ("RIBEIRÃO",)),
        ("Fafe", 4820, 5, ()),
        ("Esposende", 4740, 5, ("APÚLIA",)),
    ],
    "Bragança": [
        ("Bragança", 5300, 9, ("IZEDA",)),
        ("Mirandela", 5370, 6, ()),
        ("Macedo de Cavaleiros", 5340, 6, ()),
        ("Miranda do Douro", 5210, 4, ("SENDIM",)),
        ("Vinhais", 5320, 4, ()),
    ],
    "Castelo Branco": [
        ("Castelo Branco", 6000, 9, ("ALCAINS",)),
        ("Covilhã", 6200, 9, ("TORTOSENDO", "TEIXOSO")),
        ("Fundão", 6230, 6, ()),
        ("Idanha-a-Nova", 6060, 4, ("MONSANTO",)),
        ("Sertã", 6100, 5, ()),
    ],
    "Coimbra": [
        ("Coimbra", 3000, 50, ("SANTA CLARA", "EIRAS", "TAVEIRO")),
        ("Figueira da Foz", 3080, 10, ("BUARCOS", "TAVAREDE")),
        ("Cantanhede", 3060, 8, ()),
        ("Lousã", 3200, 3, ()),
        ("Montemor-o-Velho", 3140, 6, ()),
    ],
    "Évora": [
        ("Évora", 7000, 11, ()),
        ("Estremoz", 7100, 5, ()),
        ("Montemor-o-Novo", 7050, 5, ()),
        ("Reguengos de Monsaraz", 7200, 4, ()),
        ("Vendas Novas", 7080, 2, ()),
    ],
    "Faro": [
        ("Faro", 8000, 10, ("MONTENEGRO", "ESTOI")),
        ("Loulé", 8100, 36, ("QUARTEIRA", "ALMANCIL")),
        ("Portimão", 8500, 9, ("ALVOR",)),
        ("Lagos", 8600, 7, ()),
        ("Tavira", 8800, 9, ()),
        ("Olhão", 8700, 9, ("FUSETA",)),
        ("Albufeira", 8200, 7, ("PADERNE",)),
    ],
    "Guarda": [
        ("Guarda", 6300, 9, ()),
        ("Seia", 6270, 5, ()),
        ("Gouveia", 6290, 4, ()),
        ("Sabugal", 6320, 5, ()),
        ("Trancoso", 6420, 4, ()),
    ],
    "Leiria": [
        ("Leiria", 2400, 26, ("MARRAZES", "MAIORCA")),
        ("Marinha Grande", 2430, 5, ("VIEIRA DE LEIRIA",)),
        ("Pombal", 3100, 9, ("LOURIÇAL",)),
        ("Caldas da Rainha", 2500, 10, ("FOZ DO ARELHO",)),
        ("Alcobaça", 2460, 11, ("BENEDITA",)),
        ("Peniche", 2520, 6, ("ATOUGUIA DA BALEIA",)),
    ],
    "Lisboa": [
        ("Lisboa", 1000, 1000, ()),
        ("Oeiras", 2780, 16, ("PAÇO DE ARCOS", "CARNAXIDE", "PORTO SALVO", "ALGÉS")),
        ("Sintra", 2710, 30, ("QUELUZ", "AGUALVA-CACÉM", "RIO DE MOURO")),
        ("Cascais", 2750, 30, ("ESTORIL", "PAREDE", "ALCABIDECHE")),
        ("Loures", 2670, 5, ("SACAVÉM", "MOSCAVIDE", "BOBADELA")),
        ("Amadora", 2700, 30, ("VENTEIRA", "BRANDOA")),
        ("Odivelas", 2675, 6, ("PONTINHA", "RAMADA")),
        ("Vila Franca de Xira", 2600, 30, ("ALVERCA DO RIBATEJO", "PÓVOA DE SANTA IRIA")),
        ("Mafra", 2640, 26, ("ERICEIRA", "MALVEIRA")),
        ("Torres Vedras", 2560, 10, ()),
    ],
    "Portalegre": [
        ("Portalegre", 7300, 5, ()),
        ("Elvas", 7350, 5, ()),
        ("Ponte de Sor", 7400, 5, ()),
        ("Campo Maior", 7370, 2, ()),
        ("Nisa", 6050, 4, ()),
    ],
    "Porto": [
        ("Porto", 4000, 370, ()),
        ("Vila Nova de Gaia", 4400, 31, ("CANIDELO", "VILAR DE ANDORINHO")),
        ("Matosinhos", 4450, 20, ("LEÇA DA PALMEIRA", "SENHORA DA HORA")),
        ("Maia", 4470, 10, ("ÁGUAS SANTAS",)),
        ("Gondomar", 4420, 21, ("RIO TINTO", "FÂNZERES")),
        ("Valongo", 4440, 5, ("ERMESINDE", "ALFENA")),
        ("Póvoa de Varzim", 4490, 10, ()),
        ("Penafiel", 4560, 6, ()),
        ("Paredes", 4580, 8, ("REBORDOSA",)),
    ],
    "Santarém": [
        ("Santarém", 2000, 26, ()),
        ("Tomar", 2300, 6, ()),
        ("Abrantes", 2200, 6, ("ROSSIO AO SUL DO TEJO",)),
        ("Ourém", 2490, 6, ("FÁTIMA",)),
        ("Torres Novas", 2350, 6, ()),
        ("Almeirim", 2080, 3, ()),
    ],
    "Setúbal": [
        ("Setúbal", 2900, 11, ("AZEITÃO",)),
        ("Almada", 2800, 26, ("COSTA DA CAPARICA", "CHARNECA DA CAPARICA")),
        ("Seixal", 2840, 6, ("AMORA", "CORROIOS")),
        ("Barreiro", 2830, 6, ()),
        ("Palmela", 2950, 6, ("PINHAL NOVO",)),
        ("Sesimbra", 2970, 6, ()),
        ("Montijo", 2870, 6, ()),
        ("Sines", 7520, 3, ("PORTO COVO",)),
    ],
    "Viana do Castelo": [
        ("Viana do Castelo", 4900, 11, ("DARQUE",)),
        ("Ponte de Lima", 4990, 5, ()),
        ("Arcos de Valdevez", 4970, 5, ()),
        ("Caminha", 4910, 5, ("VILA PRAIA DE ÂNCORA",)),
        ("Valença", 4930, 4, ()),
    ],
    "Vila Real": [
        ("Vila Real", 5000, 6, ()),
        ("Chaves", 5400, 6, ()),
        ("Peso da Régua", 5050, 4, ()),
        ("Valpaços", 5430, 6, ()),
        ("Montalegre", 5470, 4, ()),
    ],
    "Viseu": [
        ("Viseu", 3500, 12, ("REPESES", "RANHADOS")),
        ("Lamego", 5100, 6, ()),
        ("Tondela", 3460, 6, ()),
        ("Mangualde", 3530, 4, ()),
        ("São Pedro do Sul", 3660, 7, ()),
        ("Santa Comba Dão", 3440, 4, ()),
    ],
    "Açores": [
        ("Ponta Delgada", 9500, 9, ("FAJÃ DE BAIXO",)),
        ("Angra do Heroísmo", 9700, 9, ()),
        ("Horta", 9900, 5, ()),
        ("Ribeira Grande", 9600, 6, ()),
        ("Praia da Vitória", 9760, 5, ("LAJES",)),
    ],
    "Madeira": [
        ("Funchal", 9000, 6, ()),
        ("Santa Cruz", 9100, 3, ("CANIÇO",)),
        ("Câmara de Lobos", 9300, 4, ("ESTREITO DE CÂMARA DE LOBOS",)),
        ("Machico", 9200, 3, ()),
        ("Calheta", 9370, 5, ()),
    ],
}

# Relative weight of each distrito (population-like skew).
DISTRITO_WEIGHTS: dict[str, float] = {
    "Lisboa": 22, "Porto": 17, "Setúbal": 8, "Braga": 8, "Aveiro": 7, "Faro": 5, "Leiria": 5,
    "Coimbra": 5, "Santarém": 4, "Viseu": 4, "Viana do Castelo": 2, "Vila Real": 2, "Castelo Branco": 2,
    "Évora": 2, "Guarda": 1.5, "Beja": 1.5, "Bragança": 1.5, "Portalegre": 1, "Açores": 2.5, "Madeira": 2.5,
}

FREGUESIAS = (
    "São Pedro", "Santa Maria", "São João Baptista", "Santo António", "Nossa Senhora da Conceição",
    "São Sebastião", "Santiago", "São Miguel", "Santa Luzia", "São Martinho", "São Tiago", "Sé",
    "São Vicente", "Santa Clara", "São Bartolomeu", "Nossa Senhora de Fátima", "Santo Ildefonso",
    "São Mamede", "Arroios", "Estrela", "Campo de Ourique", "Alvalade", "Areeiro", "Avenidas Novas",
    "Bonfim", "Paranhos", "Ramalde", "Lordelo do Ouro", "Campanhã", "Cedofeita", "Massarelos",
    "Vila Verde", "Monte Real", "Boavista", "Carvalhal", "Souto", "Aldeia Nova", "Outeiro",
    "Ribeira", "Castelo", "Quinta do Anjo", "Vale de Cambra", "Moinhos", "Cruz", "Pinheiro",
    "Fonte Arcada", "Barreiros", "Azinhaga", "Freixo", "Lameiras", "Vilar", "Paço", "Olival",
    "Murtede", "Tojal", "Carrazeda", "Covas", "Seixo", "Mosteiro", "Torre",
)
PATRONOS = (
    "D. Dinis", "Gil Vicente", "Eça de Queirós", "Camilo Castelo Branco", "Marquês de Pombal",
    "Fernando Pessoa", "Sophia de Mello Breyner", "Alexandre Herculano", "Almeida Garrett",
    "Infante D. Henrique", "D. Afonso Henriques", "Padre António Vieira", "Luís de Camões",
    "Bocage", "Miguel Torga", "Aquilino Ribeiro", "José Saramago", "Vergílio Ferreira",
    "Rainha Santa Isabel", "D. Maria II", "Pedro Nunes", "Damião de Góis", "Francisco Arruda",
    "Vasco da Gama", "Pero Vaz de Caminha", "Florbela Espanca", "Frei Gonçalo de Azevedo",
    "Professor Reynaldo dos Santos", "Dr. Manuel Laranjeira", "Carolina Michaëlis",
    "Emídio Navarro", "Quinta do Conde", "Rio Novo do Principe", "Monte da Lua", "Terras de Larus",
    "Cego do Maio", "Santos Simões", "Poeta António Aleixo", "Júlio Dantas", "Manuel Teixeira Gomes",
)
ULS_BY_DISTRITO: dict[str, tuple[str, ...]] = {
    "Aveiro": ("Região de Aveiro", "Entre Douro e Vouga"),
    "Beja": ("Baixo Alentejo", "Litoral Alentejano"),
    "Braga": ("Braga", "Médio Ave", "Barcelos/Esposende", "Alto Ave"),
    "Bragança": ("Nordeste",),
    "Castelo Branco": ("Castelo Branco", "Cova da Beira"),
    "Coimbra": ("Coimbra",),
    "Évora": ("Alentejo Central",),
    "Faro": ("Algarve",),
    "Guarda": ("Guarda",),
    "Leiria": ("Região de Leiria", "Oeste"),
    "Lisboa": ("Santa Maria", "São José", "Lisboa Ocidental", "Amadora/Sintra", "Loures-Odivelas",
               "Estuário do Tejo"),
    "Portalegre": ("Alto Alentejo",),
    "Porto": ("São João", "Santo António", "Matosinhos", "Gaia/Espinho", "Tâmega e Sousa",
              "Póvoa de Varzim/Vila do Conde"),
    "Santarém": ("Médio Tejo", "Lezíria"),
    "Setúbal": ("Arrábida", "Almada-Seixal", "Arco Ribeirinho"),
    "Viana do Castelo": ("Alto Minho",),
    "Vila Real": ("Trás-os-Montes e Alto Douro",),
    "Viseu": ("Viseu Dão-Lafões",),
}
ISLAND_HEALTH = {
    "Açores": ("Hospital do Divino Espírito Santo de Ponta Delgada, EPER",
               "Unidade de Saúde de Ilha de São Miguel", "Hospital de Santo Espírito da Ilha Terceira, EPER"),
    "Madeira": ("Serviço de Saúde da Região Autónoma da Madeira, EPERAM",),
}
# (institution, concelho it sits in)
HIGHER_ED = (
    ("Universidade de Lisboa", "Lisboa"), ("Universidade Nova de Lisboa", "Lisboa"),
    ("ISCTE - Instituto Universitário de Lisboa", "Lisboa"), ("Universidade do Porto", "Porto"),
    ("Universidade de Coimbra", "Coimbra"), ("Universidade de Aveiro", "Aveiro"),
    ("Universidade do Minho", "Braga"), ("Universidade de Évora", "Évora"),
    ("Universidade do Algarve", "Faro"), ("Universidade da Beira Interior", "Covilhã"),
    ("Universidade de Trás-os-Montes e Alto Douro", "Vila Real"),
    ("Universidade dos Açores", "Ponta Delgada"),
    ("Universidade da Madeira", "Funchal"), ("Instituto Politécnico de Leiria", "Leiria"),
    ("Instituto Politécnico de Bragança", "Bragança"), ("Instituto Politécnico de Viseu", "Viseu"),
    ("Instituto Politécnico de Setúbal", "Setúbal"), ("Instituto Politécnico do Porto", "Porto"),
    ("Instituto Politécnico de Coimbra", "Coimbra"),
    ("Instituto Politécnico de Castelo Branco", "Castelo Branco"),
    ("Instituto Politécnico de Beja", "Beja"), ("Instituto Politécnico de Portalegre", "Portalegre"),
    ("Instituto Politécnico da Guarda", "Guarda"), ("Instituto Politécnico de Santarém", "Santarém"),
    ("Instituto Politécnico de Tomar", "Tomar"),
    ("Instituto Politécnico de Viana do Castelo", "Viana do Castelo"),
)
FACULDADES = ("Ciências", "Letras", "Medicina", "Direito", "Engenharia", "Farmácia", "Psicologia",
              "Belas-Artes", "Economia", "Arquitetura", "Medicina Dentária", "Ciências Sociais e Humanas")
ESCOLAS_SUPERIORES = ("Saúde", "Educação", "Tecnologia e Gestão", "Ciências Empresariais", "Agrária")
CENTRAL = (
    "Direção-Geral da Saúde", "Direção-Geral da Educação", "Direção-Geral da Administração Escolar",
    "Direção-Geral do Património Cultural", "Direção-Geral de Reinserção e Serviços Prisionais",
    "Direção-Geral de Alimentação e Veterinária", "Direção-Geral de Energia e Geologia",
    "Direção-Geral do Território", "Direção-Geral da Administração da Justiça", "Direção-Geral do Consumidor",
    "Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos", "Direção-Geral do Orçamento",
    "Direção-Geral da Qualificação dos Trabalhadores em Funções Públicas",
    "Direção-Geral das Autarquias Locais",
    "Direção-Geral da Política de Justiça", "Direção-Geral do Ensino Superior",
    "Direção-Geral de Estatísticas da Educação e Ciência", "Direção-Geral dos Estabelecimentos Escolares",
    "Instituto da Segurança Social, I. P.", "Autoridade Tributária e Aduaneira",
    "Instituto do Emprego e Formação Profissional, I. P.", "Instituto dos Registos e do Notariado, I. P.",
    "Agência para a Modernização Administrativa, I. P.", "Instituto Nacional de Estatística, I. P.",
    "Instituto de Conservação da Natureza e das Florestas, I. P.", "Secretaria-Geral do Ministério da Saúde",
    "Secretaria-Geral da Presidência do Conselho de Ministros",
    "Instituto Nacional de Emergência Médica, I. P.",
    "Autoridade Nacional de Emergência e Proteção Civil", "Agência Portuguesa do Ambiente, I. P.",
)
CCDR = {"Porto": "Norte", "Braga": "Norte", "Coimbra": "Centro", "Évora": "Alentejo", "Faro": "Algarve",
        "Lisboa": "Lisboa e Vale do Tejo"}

# --- careers ----------------------------------------------------------------------------------------
# (career, weight, description areas, employer-pattern weights or None for the default mix)
EMPLOYER_PATTERNS = ("camara", "junta", "escolas", "saude", "ensino", "central", "smas")
DEFAULT_MIX = (38, 12, 8, 5, 6, 26, 5)
CAREERS: tuple[tuple[str, float, tuple[str, ...], tuple[int, ...] | None], ...] = (
    ("Assistente Operacional", 28, ("escola", "obras", "obras", "atendimento"), (34, 12, 40, 6, 3, 3, 2)),
    ("Assistente Técnico", 22, ("atendimento", "administrativa", "financeira", "rh"), None),
    ("Técnico Superior", 24, ("administrativa", "financeira", "rh", "juridica", "social", "obras"), None),
    ("Especialista de Informática", 3, ("informatica",), (30, 0, 0, 10, 15, 45, 0)),
    ("Técnico de Informática", 2, ("informatica",), (40, 2, 5, 10, 13, 30, 0)),
    ("Enfermeiro", 4, ("saude",), (2, 0, 0, 93, 0, 5, 0)),
    ("Médico", 2, ("saude",), (3, 0, 0, 92, 0, 5, 0)),
    ("Técnico Superior de Diagnóstico e Terapêutica", 1.5, ("saude",), (0, 0, 0, 95, 0, 5, 0)),
    ("Técnico Auxiliar de Saúde", 2, ("saude", "escola"), (0, 0, 0, 100, 0, 0, 0)),
    ("Professor Auxiliar", 1.5, ("academico",), (0, 0, 0, 0, 100, 0, 0)),
    ("Investigador Auxiliar", 1, ("academico",), (0, 0, 0, 0, 85, 15, 0)),
    ("Fiscal Municipal", 1, ("obras", "juridica"), (100, 0, 0, 0, 0, 0, 0)),
    ("Polícia Municipal", 0.8, ("protecao",), (100, 0, 0, 0, 0, 0, 0)),
    ("Bombeiro Sapador", 0.7, ("protecao",), (100, 0, 0, 0, 0, 0, 0)),
    ("Encarregado Operacional", 1.5, ("obras", "escola"), (60, 10, 20, 0, 0, 5, 5)),
    ("Chefe de Divisão", 2, ("dirigente", "administrativa", "rh"), (60, 0, 0, 8, 7, 25, 0)),
    ("Inspetor", 0.6, ("inspecao",), (0, 0, 0, 0, 0, 100, 0)),
)
# Monthly base pay (EUR) per career, for the optional Remuneracao key.
PAY = {"Assistente Operacional": 870.5, "Assistente Técnico": 904.15, "Técnico Superior": 1385.99,
       "Especialista de Informática": 2060.9, "Técnico de Informática": 1180.4, "Enfermeiro": 1632.82,
       "Médico": 2863.4, "Técnico Superior de Diagnóstico e Terapêutica": 1632.82,
       "Técnico Auxiliar de Saúde": 870.5, "Professor Auxiliar": 3601.03, "Investigador Auxiliar": 3601.03,
       "Fiscal Municipal": 1029.57, "Polícia Municipal": 1029.57, "Bombeiro Sapador": 960.13,
       "Encarregado Operacional": 1135.63, "Chefe de Divisão": 2654.26, "Inspetor": 1837.41}
HABILITACOES = (
    "Escolaridade obrigatória", "12.º ano de escolaridade", "Licenciatura", "Licenciatura em Direito",
    "Licenciatura em Engenharia Civil", "Mestrado", "Doutoramento", "Licenciatura em Enfermagem",
    "Licenciatura em Gestão", "Curso de Especialização Tecnológica", "9.º ano de escolaridade",
)

# --- description phrase banks ----------------------------------------------------------------------
# area -> (label used in the intro, [(section header, [items])])
AREAS: dict[str, tuple[str, list[tuple[str, list[str]]]]] = {
    "atendimento": ("Atendimento ao Público", [
        ("Atendimento presencial", [
            "Assegurar o atendimento ao público de forma transversal mediante a disponibilização de uma "
            "vasta diversidade de serviços municipais, tendo em vista garantir a consistência na resposta, a "
            "uniformização de procedimentos e cumprimento dos prazos de resposta",
            "Rececionar e registar expediente",
            "Potenciar a utilização dos portais eletrónicos como complemento e, preferencialmente, como "
            "alternativa ao atendimento presencial e telefónico",
            "Agendar pedidos de audiência",
            "Apoiar os cidadãos na utilização dos canais on line, facilitando o acesso a diversos serviços, "
            "tanto da administração central como local",
            "Rececionar exposições e reclamações dos Munícipes",
            "Prestar informações sobre o estado dos processos e encaminhar os munícipes para os serviços "
            "competentes",
        ]),
        ("Atendimento telefónico", [
            "Assegurar o atendimento telefónico geral do município, atender chamadas, efetuar a respetiva "
            "triagem, prestar esclarecimentos e, quando necessário, encaminhar as chamadas para as unidades "
            "orgânicas ou técnicos responsáveis",
            "Prestar informação sobre as atividades do município e os serviços prestados pelas unidades "
            "orgânicas, tendo como suporte uma Base de conhecimento para o atendimento que contenha as "
            "normas, procedimentos e scripts de atendimento",
            "Registar pedidos processos nas aplicações do Município",
            "Reabrir processos na aplicação de gestão documental referentes a ocorrências não resolvidas, "
            "para efetuar insistências",
            "Reportar reclamações rececionadas através do atendimento telefónico",
        ]),
        ("Atendimento online", [
            "Receção, registo e encaminhamento de correio eletrónico",
            "Registar os e mails rececionados no endereço geral do município na aplicação de gestão "
            "documental, assegurando a triagem e encaminhamento para as unidades orgânicas",
            "Solicitar pareceres a outras unidades orgânicas",
            "Fornecer informações solicitadas pelas diferentes Unidades Orgânicas",
            "Responder a pedidos de informação submetidos através do balcão único eletrónico",
        ]),
        ("Faturação e gestão da receita", [
            "Emitir faturas dos serviços disponibilizados na área de atendimento",
            "Efetuar cobranças e registar pagamentos de faturas",
            "Controlar pagamentos e a receita diária",
            "Efetuar o fecho de caixa diário",
            "Efetuar depósitos dos valores recebidos",
            "Enviar dados e comprovativos para os serviços de contabilidade e tesouraria",
        ]),
    ]),
    "administrativa": ("Apoio Administrativo", [
        ("Expediente e arquivo", [
            "Assegurar a receção, classificação, registo e distribuição do expediente",
            "Organizar e manter atualizado o arquivo corrente e intermédio do serviço",
            "Proceder à digitalização de documentos e à sua inserção na plataforma de gestão documental",
            "Elaborar ofícios, informações, notas internas e demais correspondência",
            "Preparar a eliminação de documentação de acordo com a portaria de gestão de documentos "
            "aplicável",
        ]),
        ("Apoio administrativo", [
            "Prestar apoio administrativo aos dirigentes e técnicos da unidade orgânica",
            "Organizar processos e instruir procedimentos administrativos de acordo com as normas em vigor",
            "Assegurar a gestão da agenda e a marcação de reuniões",
            "Elaborar atas e registar as deliberações dos órgãos colegiais",
            "Controlar prazos e efetuar o acompanhamento dos processos em curso",
            "Atualizar bases de dados e produzir mapas estatísticos de apoio à gestão",
        ]),
        ("Aprovisionamento e património", [
            "Efetuar o levantamento das necessidades de bens e serviços",
            "Proceder ao inventário e cadastro dos bens móveis e imóveis",
            "Controlar as existências em armazém e efetuar a respetiva reposição",
            "Registar as entradas e saídas de material nas aplicações informáticas",
        ]),
    ]),
    "financeira": ("Gestão Financeira e Patrimonial", [
        ("Contabilidade", [
            "Executar as tarefas inerentes ao registo contabilístico de acordo com o SNC-AP",
            "Proceder à conferência de faturas e documentos de despesa",
            "Elaborar reconciliações bancárias e conferência de contas correntes de terceiros",
            "Colaborar na elaboração do orçamento, das modificações orçamentais e da prestação de contas",
            "Assegurar o cumprimento das obrigações fiscais e declarativas da entidade",
        ]),
        ("Contratação pública", [
            "Instruir procedimentos de contratação pública nas plataformas eletrónicas",
            "Elaborar peças procedimentais, convites, cadernos de encargos e relatórios do júri",
            "Publicitar os contratos no portal BASE e acompanhar a sua execução",
            "Efetuar o cabimento e compromisso das despesas",
            "Acompanhar a execução física e financeira dos contratos celebrados",
        ]),
        ("Tesouraria", [
            "Efetuar recebimentos e pagamentos e proceder ao respetivo registo",
            "Elaborar o resumo diário de tesouraria",
            "Controlar os fundos de maneio e os valores em cofre",
            "Proceder à emissão de guias de receita e recibos",
        ]),
    ]),
    "rh": ("Recursos Humanos", [
        ("Gestão de recursos humanos", [
            "Instruir procedimentos concursais e de mobilidade",
            "Organizar e manter atualizados os processos individuais dos trabalhadores",
            "Acompanhar o processo de avaliação do desempenho no âmbito do SIADAP",
            "Elaborar o balanço social e o mapa de pessoal",
            "Assegurar o controlo da assiduidade, férias, faltas e licenças",
            "Prestar informação aos trabalhadores sobre direitos e deveres decorrentes da relação "
            "jurídica de emprego público",
        ]),
        ("Processamento de vencimentos", [
            "Proceder ao processamento de remunerações, abonos e descontos",
            "Elaborar as declarações para a Segurança Social, Caixa Geral de Aposentações e ADSE",
            "Conferir e registar os suplementos remuneratórios e o trabalho suplementar",
            "Preparar a informação necessária ao reporte no SIOE",
        ]),
        ("Formação profissional", [
            "Diagnosticar necessidades de formação e elaborar o plano anual de formação",
            "Organizar ações de formação e avaliar os respetivos resultados",
            "Gerir a plataforma de formação e emitir os certificados",
        ]),
    ]),
    "informatica": ("Sistemas de Informação", [
        ("Infraestruturas e redes", [
            "Administrar servidores, sistemas operativos e plataformas de virtualização",
            "Gerir a rede local, os equipamentos ativos e as ligações de comunicações",
            "Assegurar as cópias de segurança e os planos de recuperação de desastre",
            "Monitorizar o desempenho e a disponibilidade dos sistemas",
            "Instalar e configurar postos de trabalho, impressoras e periféricos",
        ]),
        ("Desenvolvimento de aplicações", [
            "Analisar requisitos e desenvolver aplicações de suporte aos serviços",
            "Integrar sistemas através de serviços web e interfaces de programação",
            "Administrar bases de dados relacionais e otimizar consultas",
            "Documentar as aplicações desenvolvidas e prestar apoio à sua utilização",
            "Garantir a interoperabilidade com as plataformas da administração pública",
        ]),
        ("Apoio ao utilizador", [
            "Prestar apoio técnico aos utilizadores e registar os pedidos na plataforma de service desk",
            "Diagnosticar e resolver avarias de hardware e software",
            "Elaborar manuais de utilização e promover ações de sensibilização",
        ]),
        ("Segurança da informação", [
            "Aplicar as políticas de segurança da informação e do Regulamento Geral sobre a Proteção "
            "de Dados",
            "Gerir contas de utilizador, permissões e certificados digitais",
            "Analisar incidentes de segurança e propor medidas corretivas",
        ]),
    ]),
    "saude": ("Prestação de Cuidados de Saúde", [
        ("Prestação de cuidados", [
            "Prestar cuidados de saúde aos utentes de acordo com as boas práticas e os protocolos do serviço",
            "Avaliar, planear e executar intervenções adequadas às necessidades do utente",
            "Colaborar com a equipa multidisciplinar na definição dos planos terapêuticos",
            "Registar a atividade desenvolvida no processo clínico eletrónico",
            "Participar em programas de promoção da saúde e prevenção da doença",
            "Assegurar a continuidade de cuidados em regime de turnos, incluindo noites e fins de semana",
        ]),
        ("Gestão clínica", [
            "Participar na elaboração de normas e procedimentos internos",
            "Colaborar em auditorias clínicas e programas de melhoria contínua da qualidade",
            "Gerir o material clínico e os produtos farmacêuticos do serviço",
            "Participar na formação em serviço e na integração de novos profissionais",
        ]),
        ("Apoio aos utentes", [
            "Acolher e acompanhar os utentes e familiares durante o internamento",
            "Assegurar o transporte de utentes, produtos biológicos e documentos entre serviços",
            "Proceder à limpeza, higienização e desinfeção de espaços e equipamentos",
            "Colaborar na distribuição de refeições e no apoio à alimentação dos utentes",
        ]),
    ]),
    "escola": ("Apoio Educativo", [
        ("Apoio educativo", [
            "Participar com os docentes no acompanhamento das crianças e dos jovens durante o período de "
            "funcionamento da escola",
            "Apoiar os alunos com necessidades de saúde especiais e medidas de suporte à aprendizagem",
            "Colaborar na organização de atividades pedagógicas, recreativas e culturais",
            "Assegurar a vigilância dos alunos nos recreios, corredores e refeitório",
        ]),
        ("Manutenção e limpeza dos espaços escolares", [
            "Assegurar a limpeza e conservação das instalações, mobiliário e material didático",
            "Efetuar pequenas reparações e comunicar as anomalias detetadas",
            "Controlar as entradas e saídas de pessoas no estabelecimento de ensino",
            "Prestar apoio em situações de emergência e primeiros socorros",
        ]),
        ("Refeitório e bufete", [
            "Preparar, confecionar e servir refeições e alimentos ligeiros",
            "Assegurar o cumprimento das normas de higiene e segurança alimentar",
            "Proceder à venda de senhas e ao controlo das refeições servidas",
        ]),
    ]),
    "obras": ("Manutenção e Obras", [
        ("Manutenção de edifícios", [
            "Executar trabalhos de construção civil, pintura, carpintaria e serralharia",
            "Proceder à manutenção preventiva e corretiva das instalações elétricas e hidráulicas",
            "Operar máquinas, viaturas e equipamentos pesados",
            "Zelar pela conservação das ferramentas e equipamentos distribuídos",
        ]),
        ("Obras municipais", [
            "Acompanhar e fiscalizar empreitadas de obras públicas",
            "Elaborar projetos, medições, orçamentos e cadernos de encargos",
            "Verificar o cumprimento dos projetos aprovados e das normas técnicas aplicáveis",
            "Elaborar autos de medição e informações técnicas",
            "Instruir processos de licenciamento e comunicação prévia de operações urbanísticas",
        ]),
        ("Espaços verdes", [
            "Executar trabalhos de plantação, poda, rega e manutenção de jardins e espaços verdes",
            "Operar corta-relvas, motorroçadoras e demais equipamentos de jardinagem",
            "Aplicar produtos fitofarmacêuticos de acordo com a legislação em vigor",
        ]),
        ("Higiene urbana", [
            "Proceder à recolha de resíduos urbanos e à limpeza de arruamentos",
            "Conduzir viaturas de recolha e lavagem de contentores",
            "Remover monstros, resíduos verdes e deposições ilegais",
        ]),
    ]),
    "juridica": ("Apoio Jurídico", [
        ("Apoio jurídico", [
            "Emitir pareceres e informações jurídicas sobre matérias da competência da entidade",
            "Elaborar e rever regulamentos, contratos, protocolos e demais atos",
            "Acompanhar a evolução legislativa e divulgar as alterações relevantes",
            "Prestar apoio jurídico aos órgãos e serviços",
        ]),
        ("Contencioso", [
            "Acompanhar processos judiciais e administrativos em que a entidade seja parte",
            "Instruir processos disciplinares e de inquérito",
            "Preparar respostas a reclamações, recursos hierárquicos e pedidos de acesso a documentos",
        ]),
        ("Contraordenações", [
            "Instruir processos de contraordenação e propor as respetivas decisões",
            "Elaborar autos de notícia e proceder às notificações legalmente exigidas",
            "Articular com as forças de segurança e demais entidades fiscalizadoras",
        ]),
    ]),
    "social": ("Ação Social e Cultura", [
        ("Ação social", [
            "Realizar atendimento e acompanhamento social a indivíduos e famílias em situação de "
            "vulnerabilidade",
            "Elaborar diagnósticos sociais e planos de intervenção",
            "Acompanhar os beneficiários do rendimento social de inserção",
            "Articular com as instituições particulares de solidariedade social e a rede social do concelho",
            "Gerir processos de apoio à habitação e atribuição de fogos municipais",
        ]),
        ("Bibliotecas e arquivos", [
            "Assegurar o tratamento técnico documental das coleções",
            "Dinamizar atividades de promoção da leitura junto de diferentes públicos",
            "Gerir o empréstimo domiciliário e o serviço de referência",
        ]),
        ("Cultura, turismo e desporto", [
            "Planear e produzir eventos culturais, desportivos e turísticos",
            "Gerir equipamentos culturais e desportivos e respetivas reservas",
            "Elaborar candidaturas a programas de financiamento nacionais e comunitários",
            "Promover o património histórico e cultural do território",
        ]),
    ]),
    "academico": ("Ensino e Investigação", [
        ("Docência", [
            "Lecionar unidades curriculares dos ciclos de estudos de licenciatura, mestrado e doutoramento",
            "Orientar dissertações, projetos e estágios",
            "Participar na coordenação de unidades curriculares e ciclos de estudos",
            "Desenvolver materiais pedagógicos e métodos de avaliação inovadores",
        ]),
        ("Investigação", [
            "Desenvolver atividades de investigação científica na área disciplinar do concurso",
            "Publicar resultados em revistas científicas internacionais com arbitragem",
            "Preparar e coordenar candidaturas a projetos de investigação competitivos",
            "Participar em redes científicas nacionais e internacionais",
            "Promover a transferência de conhecimento e a valorização económica dos resultados",
        ]),
        ("Gestão universitária", [
            "Participar nos órgãos de gestão da unidade orgânica",
            "Colaborar em processos de avaliação e acreditação de ciclos de estudos",
            "Participar em atividades de extensão universitária e divulgação científica",
        ]),
    ]),
    "protecao": ("Proteção Civil e Segurança", [
        ("Proteção civil e socorro", [
            "Executar operações de combate a incêndios urbanos, industriais e florestais",
            "Prestar socorro a feridos, doentes e náufragos",
            "Intervir em acidentes rodoviários, inundações e outras ocorrências",
            "Participar em ações de prevenção e sensibilização da população",
            "Zelar pela manutenção das viaturas e equipamentos operacionais",
        ]),
        ("Policiamento e fiscalização", [
            "Fiscalizar o cumprimento dos regulamentos municipais e das normas de trânsito",
            "Assegurar a vigilância de espaços públicos e equipamentos municipais",
            "Elaborar autos de notícia e participações",
            "Colaborar com as forças de segurança na manutenção da tranquilidade pública",
            "Executar coercivamente as decisões municipais",
        ]),
    ]),
    "dirigente": ("Direção e Coordenação", [
        ("Gestão da unidade orgânica", [
            "Definir os objetivos de atuação da unidade orgânica tendo em conta os objetivos gerais "
            "estabelecidos",
            "Orientar, controlar e avaliar o desempenho e a eficiência dos serviços dependentes",
            "Garantir a coordenação das atividades e a qualidade técnica da prestação dos serviços",
            "Gerir com rigor e eficiência os recursos humanos, patrimoniais e tecnológicos afetos à unidade",
            "Promover a qualificação profissional dos trabalhadores e a melhoria contínua dos processos",
            "Elaborar relatórios de atividades e propostas de planos anuais",
        ]),
    ]),
    "inspecao": ("Inspeção e Auditoria", [
        ("Inspeção", [
            "Realizar ações de inspeção, auditoria e fiscalização às entidades sob jurisdição do serviço",
            "Elaborar relatórios e propor medidas corretivas",
            "Instruir processos de averiguações, inquéritos e sindicâncias",
            "Acompanhar a implementação das recomendações formuladas",
        ]),
    ]),
}
COMPETENCIAS = ("Competências Comportamentais", [
    "Orientação para o serviço Público", "Conhecimentos e experiência",
    "Responsabilidade e compromisso com o serviço", "Trabalho de equipa e Cooperação",
    "Realização e Orientação para Resultados", "Adaptação e melhoria contínua", "Relacionamento interpessoal",
    "Comunicação", "Organização e método de trabalho", "Iniciativa e autonomia",
    "Tolerância à pressão e contrariedades", "Planeamento e organização",
    "Orientação para a inovação e mudança",
])
REQUISITOS = ("Requisitos preferenciais", [
    "Experiência profissional comprovada na área funcional", "Carta de condução de veículos ligeiros",
    "Conhecimentos de informática na ótica do utilizador", "Conhecimentos de língua inglesa",
    "Disponibilidade para trabalho por turnos", "Formação específica na área de atuação",
])
INTROS_HEADED = (
    "Desenvolvimento de atividades da carreira e categoria de {t}, da área de {a}, considerando o seguinte "
    "perfil funcional",
    "Exercício de funções na carreira e categoria de {t}, área de {a}, com o seguinte conteúdo funcional",
    "Funções inerentes à carreira de {t}, na área de {a}, designadamente",
)
INTROS_PROSE = (
    "O trabalhador a recrutar exercerá funções na carreira de {t}, na área de {a}.",
    "Pretende-se recrutar um {t} para a área de {a}.",
    "O posto de trabalho a ocupar caracteriza-se pelo exercício de funções de {t} na área de {a}.",
)
PROSE_LEADS = ("Compete-lhe", "Compete-lhe ainda", "Cabe ainda ao trabalhador", "Deverá igualmente",
               "Será responsável por", "Incumbe-lhe")
INTROS_LIST = (
    "Funções a desempenhar, nomeadamente", "Conteúdo funcional da carreira de {t}, designadamente",
    "Caracterização do posto de trabalho -", "Ao trabalhador compete, na área de {a},",
    "Funções constantes do mapa de pessoal para a carreira de {t}, designadamente",
)
# Generic duties appended once a career's own sections are used up.
GERAL = ("Outras funções", [
    "Executar outras tarefas que lhe sejam superiormente determinadas no âmbito das suas competências",
    "Colaborar com as restantes unidades orgânicas na prossecução dos objetivos da entidade",
    "Cumprir as normas de segurança e saúde no trabalho",
    "Participar em ações de formação e de atualização profissional",
    "Zelar pela boa utilização dos equipamentos e materiais afetos ao serviço",
    "Elaborar relatórios periódicos da atividade desenvolvida",
    "Garantir a confidencialidade da informação a que tenha acesso no exercício das suas funções",
])
SHORT = (
    "Funções constantes do anexo à Lei Geral do Trabalho em Funções Públicas para a carreira de {t}.",
    "Exercício de funções de {t} na área de {a}, de acordo com o mapa de pessoal.",
)

START_DAY = date(2019, 1, 2)
END_DAY = date(2026, 6, 30)
MAX_PER_FOLDER = 2000
KEYS = ("layout", "title", "Id", "Ref", "DataAbertura", "DataFecho", "Trabalho", "Empregador", "Descricao",
        "CodigoPostal", "Concelho", "Distrito")


class Picker:
    """Weighted choice with precomputed cumulative weights (faster than Random.choices)."""

    def __init__(self, items: list | tuple, weights: list | tuple) -> None:
        self.items = list(items)
        self.cum: list[float] = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


_SLUGS: dict[str, str] = {}


def slugify(text: str) -> str:
    """ASCII lowercase slug, cached."""
    slug = _SLUGS.get(text)
    if slug is None:
        ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        slug = "-".join("".join(c if c.isalnum() else " " for c in ascii_).split())
        _SLUGS[text] = slug
    return slug


_LOWER: dict[str, str] = {}


def lower_first(s: str) -> str:
    low = _LOWER.get(s)
    if low is None:
        low = _LOWER[s] = s[:1].lower() + s[1:]
    return low


# Concelhos that take "do"/"da"/"das" instead of "de".
PLACE_PREP = {
    "Porto": "do", "Fundão": "do", "Barreiro": "do", "Seixal": "do", "Montijo": "do", "Sabugal": "do",
    "Funchal": "do", "Guarda": "da", "Horta": "da", "Figueira da Foz": "da", "Maia": "da", "Lousã": "da",
    "Sertã": "da", "Covilhã": "da", "Amadora": "da", "Marinha Grande": "da", "Calheta": "da",
    "Praia da Vitória": "da", "Ribeira Grande": "da", "Póvoa de Varzim": "da", "Caldas da Rainha": "das",
}


def of_place(conc: str) -> str:
    return f"{PLACE_PREP.get(conc, 'de')} {conc}"


def _de(name: str) -> str:
    """'de'/'do'/'da' contraction for a ULS/CCDR region name."""
    first = name.split()[0].split("/")[0]
    if first in ("Alto", "Baixo", "Médio", "Nordeste", "Algarve", "Oeste", "Norte", "Centro", "Alentejo",
                 "Litoral", "Estuário", "Arco", "Tâmega"):
        return "do " + name
    if first in ("Região", "Guarda", "Cova", "Lezíria", "Arrábida", "Póvoa"):
        return "da " + name
    return "de " + name


class World:
    """Derived lookup tables shared by every posting."""

    def __init__(self) -> None:
        self.distrito = Picker(list(DISTRITO_WEIGHTS), list(DISTRITO_WEIGHTS.values()))
        # Big towns get more postings than small ones.
        self.concelho = {d: Picker(cs, [3] + [1] * (len(cs) - 1)) for d, cs in PLACES.items()}
        self.where = {c[0]: (d, c) for d, cs in PLACES.items() for c in cs}
        self.career = Picker(CAREERS, [c[1] for c in CAREERS])
        self.patterns = {c[0]: Picker(EMPLOYER_PATTERNS, c[3] or DEFAULT_MIX) for c in CAREERS}
        self.index = {c[0]: i for i, (d, cs) in enumerate(PLACES.items()) for c in cs}


def employer(
    rng: random.Random, w: World, career: str, distrito: str, place: tuple
) -> tuple[str, str, tuple]:
    """Pick an employer; some patterns move the posting to where the employer is."""
    conc = place[0]
    ci = w.index[conc] * 11  # each concelho gets its own (overlapping) slice of freguesias/patronos
    kind = w.patterns[career](rng)
    if kind == "camara":
        return "Câmara Municipal " + of_place(conc), distrito, place
    if kind == "smas":
        return "Serviços Municipalizados de Água e Saneamento " + of_place(conc), distrito, place
    if kind == "junta":
        f1 = FREGUESIAS[(ci + rng.randrange(14)) % len(FREGUESIAS)]
        if rng.random() < 0.35:
            f2 = FREGUESIAS[(ci + 14 + rng.randrange(6)) % len(FREGUESIAS)]
            return f"União das Freguesias de {f1} e {f2}", distrito, place
        return "Junta de Freguesia de " + f1, distrito, place
    if kind == "escolas":
        k = rng.randrange(8)
        if k == 7:
            return "Agrupamento de Escolas " + of_place(conc), distrito, place
        return f"Agrupamento de Escolas {PATRONOS[(ci + k) % len(PATRONOS)]}, {conc}", distrito, place
    if kind == "saude":
        if distrito in ISLAND_HEALTH:
            return rng.choice(ISLAND_HEALTH[distrito]), distrito, place
        return "Unidade Local de Saúde " + _de(rng.choice(ULS_BY_DISTRITO[distrito])), distrito, place
    if kind == "ensino":
        name, where = rng.choice(HIGHER_ED)
        if name.startswith("Universidade d") and rng.random() < 0.35:
            name = f"Faculdade de {rng.choice(FACULDADES)} da {name}"
        elif name.startswith("Instituto Politécnico") and rng.random() < 0.4:
            name = f"Escola Superior de {rng.choice(ESCOLAS_SUPERIORES)} do {name}"
        d, p = w.where[where]
        return name, d, p
    if distrito in CCDR and rng.random() < 0.08:
        return "Comissão de Coordenação e Desenvolvimento Regional " + _de(CCDR[distrito]), distrito, place
    if distrito not in ISLAND_HEALTH and rng.random() < 0.1:
        return f"Centro Distrital de {distrito} do Instituto da Segurança Social, I. P.", distrito, place
    name = rng.choice(CENTRAL)
    if rng.random() < 0.6:  # headquarters
        d, p = w.where["Lisboa"]
        return name, d, p
    return name, distrito, place


def postal_code(rng: random.Random, place: tuple) -> str:
    conc, prefix, spread, locs = place
    loc = rng.choice(locs) if locs and rng.random() < 0.4 else conc.upper()
    return f"{prefix + rng.randrange(spread):04d}-{rng.randrange(1000):03d} {loc}"


def section_items(rng: random.Random, items: list[str], lo: int = 2) -> list[str]:
    """k consecutive items from a random start, wrapping (much cheaper than Random.sample)."""
    n = len(items)
    lo = min(lo, n)
    k = lo + int(rng.random() * (n - lo + 1))
    start = int(rng.random() * n)
    out = items[start:start + k]
    return out if len(out) == k else out + items[:k - len(out)]


_ORDERS: dict[tuple[tuple[str, ...], str], list] = {}


def section_order(areas: tuple[str, ...], area: str) -> list:
    """The chosen area's sections first, then the career's other areas' sections (cached)."""
    order = _ORDERS.get((areas, area))
    if order is None:
        own = AREAS[area][1]
        rest = [s for a in dict.fromkeys(areas) if a != area for s in AREAS[a][1]]
        order = _ORDERS[(areas, area)] = own + rest
    return order


def descricao(rng: random.Random, career: str, areas: tuple[str, ...]) -> str:
    """Build a description in one of several styles, sized around a random target length."""
    target = min(14000, int(rng.lognormvariate(7.75, 0.55)))
    area = rng.choice(areas)
    label = AREAS[area][0]
    order = section_order(areas, area)
    if rng.random() < 0.03:  # a one-liner
        return rng.choice(SHORT).format(t=career, a=label)
    style = rng.random()
    if style < 0.45:
        return _headed(rng, career, label, order, target)
    if style < 0.7:
        return _prose(rng, career, label, order, target)
    if style < 0.88:
        return _semicolons(rng, career, label, order, target)
    return _numbered(rng, career, label, order, target)


def _take_items(rng: random.Random, order: list, target: int, used: int) -> list[str]:
    """Flat list of items from successive sections until about target characters."""
    out: list[str] = []
    for _, items in _cycle(order):
        for it in section_items(rng, items, 3):
            out.append(it)
            used += len(it) + 3
            if used >= target:
                return out
    return out


def _cycle(order: list):
    """Yield each section once, then the generic one: the target caps length, the banks cap repetition."""
    yield from order
    yield GERAL


def _headed(rng: random.Random, career: str, label: str, order: list, target: int) -> str:
    # Sections end with '.' glued to the next header: "...Munícipes.Atendimento telefónico   Assegurar..."
    parts = [rng.choice(INTROS_HEADED).format(t=career, a=label), " "]
    used = len(parts[0])
    extra = [COMPETENCIAS] if rng.random() < 0.5 else []
    if rng.random() < 0.25:
        extra.append(REQUISITOS)
    tail = sum(len(h) + 120 for h, _ in extra)
    for header, items in _cycle(order):
        chosen = section_items(rng, items, 3)
        text = header + "   " + "   ".join(chosen) + "."
        parts.append(text)
        used += len(text)
        if used + tail >= target:
            break
    for header, items in extra:
        parts.append(header + "   " + "   ".join(section_items(rng, items, 4)) + ".")
    return "".join(parts)


def _prose(rng: random.Random, career: str, label: str, order: list, target: int) -> str:
    intro = rng.choice(INTROS_PROSE).format(t=career, a=label)
    items = _take_items(rng, order, target, len(intro))
    sentences = [intro]
    i = 0
    while i < len(items):
        n = rng.randint(1, 3)
        group = [lower_first(x) for x in items[i:i + n]]
        body = group[0] if len(group) == 1 else ", ".join(group[:-1]) + " e " + group[-1]
        sentences.append(f"{rng.choice(PROSE_LEADS)} {body}.")
        i += n
    return " ".join(sentences)


def _semicolons(rng: random.Random, career: str, label: str, order: list, target: int) -> str:
    intro = rng.choice(INTROS_LIST).format(t=career, a=label)
    items = _take_items(rng, order, target, len(intro))
    return intro + " " + "; ".join(lower_first(x) for x in items) + "."


def _numbered(rng: random.Random, career: str, label: str, order: list, target: int) -> str:
    intro = rng.choice(INTROS_LIST).format(t=career, a=label)
    items = _take_items(rng, order, target, len(intro))
    sep = "; " if rng.random() < 0.5 else ". "
    return intro + " " + sep.join(f"{k}) {x}" for k, x in enumerate(items, 1)) + "."


def extras(rng: random.Random, career: str, pid: int) -> list[tuple[str, str]]:
    """Optional keys some postings carry after Distrito."""
    out: list[tuple[str, str]] = []
    if rng.random() < 0.7:
        pay = PAY[career] * (1 + rng.randrange(4) * 0.07)
        euros = f"{pay:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        out.append(("Remuneracao", f"{euros} €" if rng.random() < 0.8 else f"{euros} EUR"))
    if rng.random() < 0.6:
        out.append(("Vagas", str(min(40, int(rng.paretovariate(1.6))))))
    if rng.random() < 0.5:
        out.append(("Habilitacao", rng.choice(HABILITACOES)))
    if not out or rng.random() < 0.4:
        out.append(("Link", f"https://www.bep.gov.pt/pages/oferta/Oferta_Detalhe.aspx?CodOferta={pid}"))
    return out


def render(pairs: list[tuple[str, str]], eol: str = "\n") -> str:
    """Front matter exactly as the scraper writes it: '--- ' fences (trailing space), no body."""
    lines = ["--- "]
    lines.extend(f"{k}: {v}" for k, v in pairs)
    lines.append("--- ")
    return eol.join(lines) + eol


def day_for(i: int, n: int, rng: random.Random) -> date:
    """Opening date: grows with i (more postings in later years), small jitter."""
    span = (END_DAY - START_DAY).days
    frac = (i + 0.5) / n
    d = START_DAY + timedelta(days=int(span * frac ** 0.85) + rng.randrange(-2, 3))
    return min(max(d, START_DAY), END_DAY)


def closing(rng: random.Random, opened: date) -> date:
    r = rng.random()
    if r < 0.04 and 7 <= opened.month <= 10:  # open until year end
        return date(opened.year, 12, 31)
    if r < 0.09:
        return opened + timedelta(days=rng.randint(70, 180))
    return opened + timedelta(days=rng.randint(10, 60))


class Corpus:
    """Stateful writer: ids, refs, folders and file names."""

    def __init__(self, out_dir: Path, n: int, seed: int, dirty: bool) -> None:
        self.out, self.n = out_dir, n
        self.rng = random.Random(seed)
        # A separate stream, so --dirty leaves the clean files byte-identical.
        self.drng = random.Random(f"dirty-{seed}")
        self.dirty = dirty
        self.world = World()
        self.pid = 20000 + self.rng.randrange(300)
        self.step = max(1.0, 110_000 / max(n, 1))
        self.ref_next: dict[str, int] = {}
        self.folder_count: dict[str, int] = {}
        self.made: set[str] = set()
        self.names: set[str] = set()
        self.files = self.bytes = self.dirty_files = 0

    # -- one posting --------------------------------------------------------------------------------
    def posting(self, i: int) -> tuple[list[tuple[str, str]], date, str]:
        rng, w = self.rng, self.world
        # Mean gap = step (Ids end near 130-140k), plus the odd jump over withdrawn postings.
        self.pid += int(self.step + rng.random()) + (rng.randrange(20, 200) if rng.random() < 0.001 else 0)
        opened = day_for(i, self.n, rng)
        ym = f"{opened.year}{opened.month:02d}"
        last = self.ref_next.get(ym)
        ref_no = (rng.randrange(1, 60) if last is None else last) + rng.randint(1, 4)
        self.ref_next[ym] = ref_no
        ref = f"OE{ym}/{ref_no:04d}"  # 5 digits only past ~3000 postings a month
        career, _, areas, _ = w.career(rng)
        distrito = w.distrito(rng)
        place = w.concelho[distrito](rng)
        emp, distrito, place = employer(rng, w, career, distrito, place)
        conc = place[0]
        pairs = [
            ("layout", "post"), ("title", f"Emprego - {conc} - {career}"),
            ("Id", str(self.pid)), ("Ref", ref),
            ("DataAbertura", opened.isoformat()), ("DataFecho", closing(rng, opened).isoformat()),
            ("Trabalho", career), ("Empregador", emp), ("Descricao", descricao(rng, career, areas)),
            ("CodigoPostal", postal_code(rng, place)), ("Concelho", conc), ("Distrito", distrito),
        ]
        if rng.random() < 0.2:
            pairs.extend(extras(rng, career, self.pid))
        return pairs, opened, self.file_name(opened, career, conc)

    def file_name(self, opened: date, career: str, conc: str) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            return f"{rng.randrange(1000):03d}_{rng.getrandbits(64):016x}.txt"
        return f"{opened.isoformat()}-{slugify(career)}-{slugify(conc)}-{self.pid}.md"

    def folder(self, opened: date) -> Path:
        key = f"{opened.year}/{opened.month:02d}"
        count = self.folder_count.get(key, 0)
        self.folder_count[key] = count + 1
        part = count // MAX_PER_FOLDER
        rel = key if part == 0 else f"{key}-{part + 1}"
        if rel not in self.made:
            (self.out / rel).mkdir(parents=True, exist_ok=True)
            self.made.add(rel)
        return self.out / rel

    def write(self, folder: Path, name: str, data: bytes) -> None:
        path, k = folder / name, 0
        while str(path) in self.names:  # never overwrite within one run: "image (1).png"
            k += 1
            stem, _, ext = name.rpartition(".")
            path = folder / (f"{stem} ({k}).{ext}" if stem else f"{name} ({k})")
        self.names.add(str(path))
        with open(path, "wb") as fh:
            fh.write(data)
        self.files += 1
        self.bytes += len(data)

    def run(self) -> int:
        self.out.mkdir(parents=True, exist_ok=True)
        for i in range(self.n):
            pairs, opened, name = self.posting(i)
            folder = self.folder(opened)
            if self.dirty and self.drng.random() < 0.02:
                self.dirty_files += 1
                dirty_write(self, folder, name, pairs)
            else:
                self.write(folder, name, render(pairs).encode())
        return self.files


# --- dirty variants -----------------------------------------------------------------------------------
DIRTY_KINDS = Picker(
    ("cp1252", "bom8", "utf16", "crlf", "badyaml", "missing", "odddate", "dupref", "junk", "nofm"),
    (12, 10, 6, 12, 10, 12, 12, 10, 12, 4),
)
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro")


def dirty_write(c: Corpus, folder: Path, name: str, pairs: list[tuple[str, str]]) -> None:
    """Write one posting damaged in one (sometimes two) realistic ways."""
    r = c.drng
    kind = DIRTY_KINDS(r)
    if kind == "dupref":
        c.write(folder, name, render(pairs).encode())
        old, stem_ext = older_version(r, pairs), name.rsplit(".", 1)
        old_name = (f"{r.randrange(1000):03d}_{r.getrandbits(64):016x}.txt" if stem_ext[1] == "txt"
                    else f"{stem_ext[0]}-v1.md")
        c.write(folder, old_name, render(old).encode())
        return
    if kind == "junk":
        c.write(folder, name, render(pairs).encode())
        junk_name, data = junk(r, pairs, name)
        if str(folder / junk_name) in c.names:  # one .DS_Store per folder; fall back to an editor backup
            junk_name, data = name + "~", render(pairs).encode()
        c.write(folder, junk_name, data)
        return
    if kind == "nofm":
        c.write(folder, md_name(pairs), no_front_matter(pairs).encode())
        return
    if kind == "badyaml":
        pairs = bad_yaml(r, pairs)
    elif kind == "missing":
        drop = set(r.sample(range(len(pairs)), r.choice((1, 1, 1, 2, 3))))
        pairs = [p for j, p in enumerate(pairs) if j not in drop]
    elif kind == "odddate":
        pairs = odd_date(r, pairs)
    eol = "\r\n" if kind == "crlf" or r.random() < 0.1 else "\n"
    text = render(pairs, eol)
    enc = kind if kind in ("cp1252", "bom8", "utf16") else ("cp1252" if r.random() < 0.05 else "utf8")
    c.write(folder, name, encode(text, enc))


def encode(text: str, enc: str) -> bytes:
    if enc == "cp1252":
        return text.encode("cp1252", errors="replace")
    if enc == "bom8":
        return b"\xef\xbb\xbf" + text.encode()
    if enc == "utf16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode()


def bad_yaml(r: random.Random, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A value that breaks a YAML parser: leading quote, never closed, with ': ' inside."""
    out = dict(pairs)
    q = r.choice("\"'")
    which = r.randrange(3)
    if which == 0:
        out["Empregador"] = f"{q}{out['Empregador']}: Divisão de Recursos Humanos"
    elif which == 1:
        out["title"] = f"{q}{out['title']}: procedimento concursal comum"
    else:
        out["Descricao"] = f"{q}Requisitos: {out['Descricao']}"
    return list(out.items())


def odd_date(r: random.Random, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = dict(pairs)
    key = r.choice(("DataAbertura", "DataFecho"))
    d = date.fromisoformat(out[key])
    style = r.randrange(5)
    if style == 0:
        out[key] = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif style == 1:  # impossible day in the nearest short month, e.g. 2025-02-30 or 2025-04-31
        m = next((m for m in (2, 4, 6, 9, 11) if m >= d.month), 11)
        out[key] = f"{d.year}-{m:02d}-{monthrange(d.year, m)[1] + 1:02d}"
    elif style == 2:
        out[key] = f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    elif style == 3:
        out[key] = f"{d.year}/{d.month:02d}/{d.day:02d}"
    else:
        out[key] = f"{d.day:02d}-{d.month:02d}-{d.year}"
    return list(out.items())


def older_version(r: random.Random, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Same Id and Ref, earlier closing date, shorter description."""
    out = dict(pairs)
    opened = date.fromisoformat(out["DataAbertura"])
    fecho = date.fromisoformat(out["DataFecho"]) - timedelta(days=r.randint(5, 30))
    out["DataFecho"] = max(fecho, opened + timedelta(days=1)).isoformat()
    desc = out["Descricao"]
    cut = desc.rfind(".", 0, max(40, len(desc) * 2 // 3))
    out["Descricao"] = desc[:cut + 1] if cut > 20 else desc
    return list(out.items())


def md_name(pairs: list[tuple[str, str]]) -> str:
    d = dict(pairs)
    return f"{d['DataAbertura']}-{slugify(d['Trabalho'])}-{slugify(d['Concelho'])}-{d['Id']}.md"


def no_front_matter(pairs: list[tuple[str, str]]) -> str:
    d = dict(pairs)
    return f"# {d['title']}\n\n**{d['Empregador']}** ({d['Ref']})\n\n{d['Descricao']}\n"


def junk(r: random.Random, pairs: list[tuple[str, str]], name: str) -> tuple[str, bytes]:
    """A stray non-posting file of the kind that ends up in a scraped folder."""
    kind = r.randrange(5)
    if kind == 0:
        return ".DS_Store", b"\x00\x00\x00\x01Bud1" + r.randbytes(r.randint(200, 6000))
    if kind == 1:
        return "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + r.randbytes(r.randint(500, 20000))
    if kind == 2:
        d = dict(pairs)
        note = f'{{"ref": "{d["Ref"]}", "nota": "verificar prazo", "visto": false}}\n'
        return "notes.json", note.encode()
    if kind == 3:
        return "README.txt", "Ofertas descarregadas da BEP.\nNão editar manualmente.\n".encode()
    return name + "~", render(pairs).encode()


def generate(out_dir: Path, n: int = 100_000, seed: int = 1, dirty: bool = False) -> int:
    """Write the corpus into out_dir and return the number of files written."""
    t0 = time.perf_counter()
    corpus = Corpus(Path(out_dir), n, seed, dirty)
    files = corpus.run()
    secs = time.perf_counter() - t0
    note = f", {corpus.dirty_files} dirty" if dirty else ""
    print(f"generate: {files} files{note}, {corpus.bytes / 1e6:.1f} MB, {secs:.1f} s -> {out_dir}",
          file=sys.stderr)
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out_dir", type=Path, help="output folder (created; existing files are overwritten)")
    ap.add_argument("-n", type=int, default=100_000, help="number of postings (default 100000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dirty", action="store_true", help="also write ~2%% damaged files and junk")
    args = ap.parse_args(argv)
    generate(args.out_dir, args.n, args.seed, args.dirty)
    return 0


if __name__ == "__main__":
    sys.exit(main())
