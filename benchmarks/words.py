"""Word lists for the synthetic catalogue (benchmarks/make_catalogue.py).

Product kinds per OCOP product set (Decision 26/2026 numbering), place and brand words, people's
names, and sentence pairs (Vietnamese, English) from which descriptions are assembled. Everything is
fictional; the lists only aim to make names, lengths and diacritics look like the real thing.
"""

from __future__ import annotations

# set -> (weight in the catalogue, default price unit (vi, en), price range in VND,
#         [(kind vi, kind en), ...])
SETS: dict[str, tuple[int, tuple[str, str], tuple[int, int], list[tuple[str, str]]]] = {
    "01": (6, ("kg", "kg"), (25_000, 120_000), [
        ("Vải chín sớm", "early lychee"), ("Na dai", "custard apple"), ("Khoai sọ", "taro"),
        ("Măng tre", "bamboo shoots"), ("Dưa lưới", "cantaloupe"), ("Bưởi đỏ", "red pomelo"),
        ("Rau sắng", "sang greens"), ("Ổi lê", "pear guava"), ("Cam đường canh", "sweet mandarin"),
        ("Sắn dây", "kudzu root"), ("Khoai lang mật", "honey sweet potato"), ("Hồng không hạt", "seedless persimmon")]),
    "02": (5, ("kg", "kg"), (40_000, 450_000), [
        ("Gà đồi", "hill chicken"), ("Ngán", "ngan clams"), ("Sá sùng tươi", "fresh peanut worms"),
        ("Hàu sữa", "milk oysters"), ("Tôm he", "banana prawns"), ("Trứng gà ta", "free-range eggs"),
        ("Lợn bản", "hill pork"), ("Cá song", "grouper"), ("Vịt bầu", "Bau duck"), ("Bò vàng", "yellow cattle beef")]),
    "03": (4, ("túi 5 kg", "5 kg bag"), (60_000, 250_000), [
        ("Gạo nếp cái hoa vàng", "yellow-flower glutinous rice"), ("Gạo tám thơm", "fragrant rice"),
        ("Gạo lứt đỏ", "red brown rice"), ("Nếp cẩm", "purple sticky rice"), ("Ngô nếp", "waxy maize"),
        ("Đậu tương", "soybeans"), ("Gạo Bao Thai", "Bao Thai rice"), ("Lạc đỏ", "red peanuts")]),
    "04": (4, ("lọ 500 ml", "500 ml jar"), (90_000, 600_000), [
        ("Mật ong rừng", "wild honey"), ("Mật ong hoa sú vẹt", "mangrove honey"), ("Mật ong bạc hà", "mint honey"),
        ("Mật mía", "cane molasses"), ("Nấm hương rừng", "forest shiitake"), ("Mộc nhĩ", "wood ear mushrooms"),
        ("Mật ong hoa vải", "lychee blossom honey")]),
    "05": (2, ("gói", "pack"), (15_000, 90_000), [
        ("Miến ăn liền", "instant glass noodles"), ("Cơm cháy chà bông", "crispy rice with floss"),
        ("Bánh mì chả cá", "fishcake sandwich"), ("Phở trộn ăn liền", "instant mixed pho"),
        ("Xôi chiên phồng", "puffed fried sticky rice")]),
    "06": (6, ("gói 500 g", "500 g pack"), (30_000, 180_000), [
        ("Miến dong", "arrowroot glass noodles"), ("Bánh chưng", "square sticky rice cake"),
        ("Bánh gio", "ash-water rice cake"), ("Bánh cuốn", "steamed rice rolls"), ("Bánh gạo lứt", "brown rice crackers"),
        ("Bún khô", "dried rice vermicelli"), ("Bánh răng bừa", "harrow-tooth rice cake"), ("Bánh tẻ", "plain rice cake"),
        ("Bánh khảo", "rice flour cake")]),
    "07": (7, ("hộp 300 g", "300 g box"), (35_000, 220_000), [
        ("Ô mai mơ", "salted apricots"), ("Mứt gừng", "candied ginger"), ("Vải sấy", "dried lychee"),
        ("Măng khô", "dried bamboo shoots"), ("Chuối sấy dẻo", "soft dried banana"), ("Mứt sim", "rose myrtle jam"),
        ("Dưa cải muối", "pickled mustard greens"), ("Khoai lang sấy", "dried sweet potato"),
        ("Hạt điều rang muối", "salted roasted cashews"), ("Tinh bột nghệ", "turmeric starch")]),
    "08": (8, ("kg", "kg"), (120_000, 900_000), [
        ("Chả mực", "squid cake"), ("Chả cá", "fishcake"), ("Ruốc tôm", "shrimp floss"), ("Sá sùng khô", "dried peanut worms"),
        ("Mực khô", "dried squid"), ("Lạp xưởng", "Chinese-style sausage"), ("Thịt lợn gác bếp", "smoked hill pork"),
        ("Tôm nõn khô", "dried shelled shrimp"), ("Cá chỉ vàng khô", "dried yellowstripe scad"),
        ("Giò bò", "beef roll"), ("Chả rươi", "ragworm omelette"), ("Mực một nắng", "sun-dried squid")]),
    "09": (4, ("chai 500 ml", "500 ml bottle"), (40_000, 250_000), [
        ("Nước mắm", "fish sauce"), ("Nước mắm cốt cá cơm", "anchovy fish sauce"), ("Tương ớt", "chilli sauce"),
        ("Xì dầu", "soy sauce"), ("Mắm tôm", "shrimp paste"), ("Mắm ruốc", "krill paste"), ("Tương bần", "fermented soybean sauce")]),
    "10": (3, ("lọ 200 g", "200 g jar"), (25_000, 160_000), [
        ("Muối tôm", "shrimp salt"), ("Hành tím", "purple shallots"), ("Tỏi cô đơn", "single-clove garlic"),
        ("Tiêu rừng", "forest pepper"), ("Hoa hồi khô", "dried star anise"), ("Quế thanh", "cinnamon sticks"),
        ("Gừng khô", "dried ginger"), ("Muối vừng", "sesame salt")]),
    "11": (5, ("hộp 200 g", "200 g box"), (80_000, 900_000), [
        ("Chè xanh", "green tea"), ("Chè búp", "bud tea"), ("Trà shan tuyết", "Shan Tuyet tea"),
        ("Hồng trà", "black tea"), ("Chè Ô long", "oolong tea"), ("Chè móc câu", "hook-leaf tea")]),
    "12": (4, ("hộp 100 g", "100 g box"), (60_000, 1_500_000), [
        ("Trà hoa vàng", "golden camellia tea"), ("Trà gừng", "ginger tea"), ("Trà lá sen", "lotus leaf tea"),
        ("Trà xạ đen", "xa den herbal tea"), ("Trà giảo cổ lam", "jiaogulan tea"), ("Trà túi lọc lá vối", "voi leaf tea bags"),
        ("Trà hoa cúc", "chrysanthemum tea")]),
    "13": (2, ("gói 500 g", "500 g pack"), (90_000, 450_000), [
        ("Cà phê rang xay", "roasted ground coffee"), ("Cà phê hạt", "coffee beans"), ("Bột ca cao", "cocoa powder"),
        ("Sô cô la", "chocolate"), ("Cà phê phin giấy", "drip-bag coffee")]),
    "14": (4, ("chai 500 ml", "500 ml bottle"), (60_000, 350_000), [
        ("Rượu nếp", "glutinous rice spirit"), ("Rượu ngô", "maize spirit"), ("Rượu men lá", "leaf-yeast rice spirit"),
        ("Rượu gạo", "rice spirit"), ("Rượu nếp cẩm", "purple sticky rice spirit")]),
    "15": (4, ("chai 500 ml", "500 ml bottle"), (120_000, 650_000), [
        ("Rượu mơ", "apricot liqueur"), ("Rượu ba kích", "morinda liqueur"), ("Rượu sim", "rose myrtle wine"),
        ("Rượu chuối hột", "wild banana liqueur"), ("Rượu mận", "plum wine"), ("Rượu vang sim", "myrtle red wine")]),
    "16": (1, ("thùng 24 chai", "case of 24 bottles"), (80_000, 200_000), [
        ("Nước khoáng thiên nhiên", "natural mineral water"), ("Nước uống đóng chai", "bottled drinking water"),
        ("Nước khoáng nóng", "thermal mineral water"), ("Nước suối", "spring water")]),
    "17": (3, ("chai 330 ml", "330 ml bottle"), (15_000, 120_000), [
        ("Nước trà hoa vàng", "golden camellia drink"), ("Nước ép vải", "lychee juice"), ("Nước cốt gừng", "ginger shot"),
        ("Sữa đậu nành", "soy milk"), ("Siro mơ", "apricot syrup"), ("Nước chanh leo", "passion fruit juice")]),
    "18": (4, ("hộp", "box"), (200_000, 3_500_000), [
        ("Đông trùng hạ thảo", "cordyceps"), ("Cao ba kích", "morinda extract"), ("Viên tinh nghệ", "turmeric pills"),
        ("Cao xạ đen", "xa den extract"), ("Cao lá vằng", "vang leaf extract"), ("Viên hoàn thảo dược", "herbal pills")]),
    "19": (2, ("chai 300 ml", "300 ml bottle"), (60_000, 450_000), [
        ("Dầu gội thảo dược", "herbal shampoo"), ("Xà bông thảo mộc", "herbal soap"), ("Nước tắm lá thuốc", "herbal bath"),
        ("Son dưỡng sáp ong", "beeswax lip balm"), ("Kem nghệ", "turmeric cream"), ("Tinh chất bồ kết", "soap-berry essence")]),
    "20": (3, ("lọ 50 ml", "50 ml vial"), (80_000, 650_000), [
        ("Tinh dầu hồi", "star anise oil"), ("Tinh dầu quế", "cinnamon oil"), ("Tinh dầu sả", "lemongrass oil"),
        ("Tinh dầu tràm", "cajeput oil"), ("Ba kích tím sấy khô", "dried purple morinda root"), ("Lá xông", "steam herbs")]),
    "21": (4, ("sản phẩm", "piece"), (150_000, 8_000_000), [
        ("Tranh than đá", "coal painting"), ("Gốm men rạn", "crackle-glaze pottery"), ("Bình gốm", "ceramic vase"),
        ("Đồ gỗ mỹ nghệ", "wood carving"), ("Giỏ mây tre đan", "rattan basket"), ("Đèn lồng tre", "bamboo lantern"),
        ("Chiếu cói", "sedge mat"), ("Bộ ấm chén gốm", "ceramic tea set")]),
    "22": (2, ("chiếc", "piece"), (120_000, 1_200_000), [
        ("Túi thêu thổ cẩm", "embroidered brocade bag"), ("Khăn thổ cẩm", "brocade scarf"), ("Áo thêu tay", "hand-embroidered shirt"),
        ("Vải lanh", "hemp cloth"), ("Khăn lụa", "silk scarf")]),
    "23": (2, ("chậu", "pot"), (150_000, 1_500_000), [
        ("Lan hồ điệp", "moth orchids"), ("Hoa đào", "peach blossom"), ("Hoa cúc", "chrysanthemums"),
        ("Lan rừng", "wild orchids"), ("Hoa hồng cổ", "heritage roses")]),
    "24": (2, ("cây", "tree"), (500_000, 25_000_000), [
        ("Bonsai tùng la hán", "Buddhist pine bonsai"), ("Bonsai sim rừng", "rose myrtle bonsai"),
        ("Cây lộc vừng", "barringtonia tree"), ("Cây sanh cảnh", "ornamental banyan"), ("Tiểu cảnh non bộ", "miniature landscape")]),
    "25": (1, ("con", "fish"), (100_000, 6_000_000), [
        ("Cá koi", "koi"), ("Cá vàng", "goldfish"), ("Cá chép cảnh", "ornamental carp"), ("Gà tre cảnh", "ornamental bantam")]),
    "26": (2, ("khách/ngày", "guest per day"), (250_000, 2_500_000), [
        ("Điểm du lịch cộng đồng", "community tourism site"), ("Tour làng chài", "fishing village tour"),
        ("Du lịch sinh thái", "eco-tourism"), ("Khu trải nghiệm nông nghiệp", "farm experience"),
        ("Homestay bản", "village homestay")]),
}

BRANDS = [
    "Hoa Vàng", "Hương Rừng", "Quê Mỏ", "Biển Xanh", "Đất Mỏ", "Kim Long", "An Phát", "Phúc Hưng", "Tân Lộc",
    "Minh Anh", "Hải Đăng", "Sơn Hà", "Bảo An", "Ngọc Trai", "Việt Xanh", "Thiên Phú", "Đông Bắc", "Vạn Xuân",
    "Trường Thịnh", "Hồng Phát", "Lộc Sơn", "Bình Minh", "Hạ Long Xanh", "Rồng Vàng", "Sao Biển", "Mây Trắng",
    "Làng Chài", "Núi Thiêng", "Đảo Ngọc", "Cửa Lục", "Bái Tử Long", "Tiên Sa", "Suối Vàng", "Gió Biển",
]
MODIFIERS = [("loại đặc biệt", "premium"), ("hữu cơ", "organic"), ("truyền thống", "traditional"),
             ("thượng hạng", "finest"), ("gia truyền", "family recipe")]

PRODUCER_KINDS = [  # (kind, weight): about the national mix of producers
    ("cooperative", 36), ("enterprise", 22), ("household", 26), ("cooperative-group", 6), ("farm", 5),
    ("branch", 3), ("association", 1),
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đinh", "Tô", "Lương", "Triệu", "Chu", "Nịnh", "Đàm"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang", "Thanh", "Xuân", "Kim", "Bá"]
GIVEN = ["An", "Bình", "Chiến", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh", "Lan",
         "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang",
         "Tuấn", "Vân", "Yến", "Đạt"]
HAMLETS = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Khe Lặc", "Thôn Làng Cổng", "Thôn Nà Bắp",
           "Khu 3", "Khu 5", "Tổ 2, khu 4", "Thôn Bản Sen", "Thôn Đồng Và", "Thôn Pắc Cáy", "Thôn Tầm Tiến"]
STREETS = ["Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Hạ Long", "Nguyễn Văn Cừ", "Lý Thường Kiệt", "Bạch Đằng",
           "Trần Quốc Nghiễn", "Cái Dăm", "Hùng Vương"]

# Sentence pairs. {kind}/{kind_en}: product kind; {place}/{place_en}: the place in the name.
OPENERS = {
    "food": [
        ("{Kind} {place} được làm từ nguyên liệu thu hái tại địa phương, sơ chế trong ngày.",
         "{Place_en} {kind_en} made from local ingredients, prepared on the day they are harvested."),
        ("{Kind} {place} có hương vị đậm đà đặc trưng của vùng đất Đông Bắc.",
         "{Place_en} {kind_en} has the rich flavour of the north-east."),
        ("Sản phẩm được chế biến thủ công theo công thức gia truyền của người {place}.",
         "It is made by hand to a family recipe from {place_en}."),
    ],
    "drink": [
        ("{Kind} {place} được ủ trong chum sành từ sáu tháng đến một năm.",
         "{Place_en} {kind_en} is aged in stoneware jars for six months to a year."),
        ("Nguồn nước và nguyên liệu đều lấy tại {place}, kiểm nghiệm định kỳ.",
         "Water and ingredients come from {place_en} and are tested regularly."),
    ],
    "herbal": [
        ("{Kind} {place} được chiết xuất từ cây thuốc trồng dưới tán rừng.",
         "{Place_en} {kind_en} is extracted from medicinal plants grown under forest cover."),
        ("Bài thuốc của người Dao được cơ sở chuẩn hóa thành quy trình sản xuất.",
         "A Dao herbal recipe turned into a standard production process."),
    ],
    "craft": [
        ("{Kind} {place} do nghệ nhân làm hoàn toàn bằng tay, mỗi sản phẩm là một bản duy nhất.",
         "{Place_en} {kind_en} is made entirely by hand; every piece is unique."),
        ("Hoa văn lấy cảm hứng từ vịnh Hạ Long và trang phục của đồng bào vùng cao.",
         "The patterns draw on Ha Long bay and the dress of the highland peoples."),
    ],
    "plant": [
        ("{Kind} {place} được nhân giống và chăm sóc tại vườn ươm của cơ sở.",
         "{Place_en} {kind_en} is propagated and tended in the producer's own nursery."),
        ("Mỗi cây có hồ sơ nguồn gốc và hướng dẫn chăm sóc đi kèm.",
         "Each plant comes with its origin record and care instructions."),
    ],
    "tour": [
        ("{Kind} {place} đưa du khách trải nghiệm đời sống, ẩm thực và lễ hội của người dân địa phương.",
         "{Place_en} {kind_en} lets visitors share local daily life, food and festivals."),
        ("Khách được đón tại bến, nghỉ tại nhà dân và tham gia đánh bắt, chế biến hải sản.",
         "Guests are met at the pier, stay with families and join in fishing and cooking."),
    ],
}
GROUP_OF_SET = {**{f"{i:02d}": "food" for i in range(1, 14)}, "14": "drink", "15": "drink", "16": "drink",
                "17": "drink", "18": "herbal", "19": "herbal", "20": "herbal", "21": "craft", "22": "craft",
                "23": "plant", "24": "plant", "25": "plant", "26": "tour"}
# (groups the sentence suits, or "" for all; vi; en)
MIDDLES = [
    ("food drink", "Quy trình sản xuất khép kín, đáp ứng tiêu chuẩn an toàn thực phẩm.",
     "Production is closed-loop and meets food safety standards."),
    ("food drink herbal", "Nhãn ghi rõ nguồn gốc, hạn sử dụng và mã truy xuất.",
     "The label states the origin, the best-before date and a traceability code."),
    ("food drink herbal craft", "Cơ sở liên kết với {n} hộ dân trong vùng nguyên liệu.",
     "The producer works with {n} households that supply the raw material."),
    ("food drink herbal craft plant", "Sản phẩm đã có mặt tại các siêu thị và điểm bán OCOP trong tỉnh.",
     "It is sold in supermarkets and OCOP shops across the province."),
    ("food drink herbal", "Mỗi năm cơ sở cung cấp khoảng {t} tấn sản phẩm ra thị trường.",
     "The producer sells about {t} tonnes a year."),
    ("food drink herbal craft", "Bao bì thân thiện với môi trường, phù hợp làm quà biếu.",
     "The packaging is eco-friendly and suitable as a gift."),
    ("food drink herbal", "Sản phẩm không dùng chất bảo quản, phẩm màu nhân tạo.",
     "No preservatives or artificial colours are used."),
    ("", "Nguyên liệu và lao động đều của địa phương, **ưu tiên hộ nghèo** trong xã.",
     "Materials and labour are local, **poor households first**."),
    ("", "Khách có thể tham quan cơ sở khi đặt lịch trước.",
     "Visitors are welcome by appointment."),
    ("", "Sản phẩm từng đoạt giải tại Hội chợ OCOP khu vực Đông Bắc.",
     "It won a prize at the North-East regional OCOP fair."),
    ("craft", "Mỗi sản phẩm mất từ {d} đến {d2} ngày công để hoàn thiện.",
     "Each piece takes {d} to {d2} working days to finish."),
    ("plant", "Cơ sở giao cây tận nơi trong tỉnh và hướng dẫn chăm sóc sau bán.",
     "Plants are delivered within the province, with after-sale care advice."),
    ("tour", "Mỗi đoàn tối đa {g} khách, có hướng dẫn viên là người địa phương.",
     "Groups of at most {g}, guided by local people."),
    ("tour", "Thực đơn dùng hải sản và rau quả của chính thôn bản.",
     "Meals use seafood and vegetables from the village itself."),
    ("tour", "Một phần doanh thu được dùng để giữ gìn cảnh quan và vệ sinh môi trường.",
     "Part of the takings pays for keeping the landscape clean."),
]
# Packaging by product group: (vi, en)
PACKAGING = {
    "food": [("Túi hút chân không 500 g", "500 g vacuum pack"), ("Hộp giấy 300 g", "300 g paper box"),
             ("Hũ thủy tinh 250 g", "250 g glass jar"), ("Túi zip 1 kg", "1 kg zip bag"),
             ("Hộp quà 2 hũ", "gift box of 2 jars")],
    "drink": [("Chai thủy tinh 500 ml", "500 ml glass bottle"), ("Hộp quà 2 chai", "gift box of 2 bottles"),
              ("Bình gốm 1 lít", "1 litre ceramic jar"), ("Chai nhựa PET 350 ml", "350 ml PET bottle")],
    "herbal": [("Lọ thủy tinh 50 ml", "50 ml glass vial"), ("Hộp 30 viên", "box of 30 pills"),
               ("Túi 500 g", "500 g bag"), ("Chai 300 ml", "300 ml bottle")],
    "craft": [("Hộp gỗ có lót vải", "lined wooden box"), ("Túi vải", "cloth bag"), ("Hộp giấy kraft", "kraft box")],
    "plant": [("Chậu sứ", "porcelain pot"), ("Chậu đất nung", "terracotta pot"), ("Bầu ươm", "nursery bag")],
}
STORIES = [
    ("Nghề làm {kind} ở {place} có từ hơn {y} năm trước, được truyền qua nhiều thế hệ.",
     "Making {kind_en} in {place_en} goes back more than {y} years, passed down the generations."),
    ("Chủ cơ sở bỏ việc ở thành phố về quê năm {yr} để khôi phục nghề truyền thống của gia đình.",
     "The owner left a city job in {yr} to revive the family craft."),
    ("Người dân {place} kể rằng sản phẩm từng được dâng vua trong các dịp lễ Tết.",
     "People in {place_en} say it was once offered to the king at Tet."),
]
CERTIFICATIONS = ["VietGAP", "HACCP", "ISO 22000:2018", "ISO 9001:2015", "Hữu cơ TCVN 11041", "GlobalG.A.P.",
                  "Mã số vùng trồng", "Chỉ dẫn địa lý"]
REVOKE_REASONS = [("Cơ sở ngừng sản xuất", "Production stopped"),
                  ("Sản phẩm không còn đáp ứng tiêu chí", "The product no longer meets the criteria"),
                  ("Vi phạm quy định ghi nhãn", "Labelling violation")]

# Former districts of Quảng Ninh (before July 2025), by commune slug, with their GSO codes.
QN_DISTRICTS = {
    "thành phố Hạ Long": ("193", ["tuan-chau", "viet-hung", "bai-chay", "ha-tu", "ha-lam", "cao-xanh", "hong-gai",
                                  "ha-long", "hoanh-bo", "quang-la", "thong-nhat"]),
    "thành phố Móng Cái": ("194", ["mong-cai-1", "mong-cai-2", "mong-cai-3", "hai-hoa", "hai-son", "hai-ninh",
                                   "vinh-thuc"]),
    "thành phố Cẩm Phả": ("195", ["mong-duong", "quang-hanh", "cam-pha", "cua-ong"]),
    "thành phố Uông Bí": ("196", ["yen-tu", "vang-danh", "uong-bi"]),
    "huyện Bình Liêu": ("198", ["hoanh-mo", "luc-hon", "binh-lieu"]),
    "huyện Tiên Yên": ("199", ["tien-yen", "dien-xa", "dong-ngu", "hai-lang"]),
    "huyện Đầm Hà": ("200", ["quang-tan", "dam-ha"]),
    "huyện Hải Hà": ("201", ["quang-ha", "duong-hoa", "quang-duc", "cai-chien"]),
    "huyện Ba Chẽ": ("202", ["luong-minh", "ky-thuong", "ba-che"]),
    "huyện Vân Đồn": ("203", ["van-don"]),
    "thị xã Đông Triều": ("205", ["an-sinh", "dong-trieu", "binh-khe", "mao-khe", "hoang-que"]),
    "thị xã Quảng Yên": ("206", ["dong-mai", "hiep-hoa", "quang-yen", "ha-an", "phong-coc", "lien-hoa"]),
    "huyện Cô Tô": ("207", ["co-to"]),
}

# Syllables for a fallback province when no province.yml is at hand.
SYLLABLES = ["An", "Bình", "Cẩm", "Đông", "Hà", "Hải", "Hòa", "Hoàng", "Hưng", "Kim", "Lạc", "Long", "Minh",
             "Nam", "Ninh", "Phong", "Phú", "Quang", "Sơn", "Tân", "Thanh", "Thịnh", "Thủy", "Tiên", "Trung",
             "Vĩnh", "Xuân", "Yên", "Đồng", "Lâm"]
