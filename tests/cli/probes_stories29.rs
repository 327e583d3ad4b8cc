//! Story probes (session 28): the twenty-ninth set of close translations of
//! whole short news stories, written in session 28 and measured with the
//! start build and the build of the moment before it was read (no sentence
//! of NTREX-128, WMT newstest or FLORES; one fact changed in about one pair
//! in three): Southeast Asian economies, wars and ceasefires, car and
//! aircraft makers, education, endurance sport and mountaineering, and
//! Asia-Pacific courts (970 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it
//! where a quotation's speaker is the fact), the pairs that the fixes made
//! after that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_29_showed() {
    let cases: &[FactCase] = &[
        // d1-thailand-diesel-cap, line 8, 9
        (
            &["Somchai Wongsakul, ekonom energi di Universitas Thammasat, mengatakan pemerintah \"meminjam dari masa depan untuk membayar bahan bakar hari ini\".", "\"Setiap bulan batas harga itu dipertahankan, lubangnya makin besar, dan pada akhirnya pembayar pajak yang harus menutupnya,\" kata Pravit."],
            &["Somchai Wongsakul, an energy economist at Chulalongkorn University, said the government was \"borrowing from the future to pay for today's fuel.\"", "\"Every month the cap stays, the hole gets bigger, and eventually taxpayers will have to fill it,\" he said."],
            &[&["name_mismatch:Thammasat|Chulalongkorn"], &["speaker_mismatch:Pravit|Somchai Wongsakul"]],
        ),
        // d1-malaysia-kedah-chip-plant, line 11
        (
            &["Asosiasi Industri Semikonduktor Malaysia memperkirakan industri ini akan membutuhkan 50.000 insinyur tambahan dalam sepuluh tahun ke depan."],
            &["The Malaysia Semiconductor Industry Association estimates the industry will need 50,000 more engineers over the next decade."],
            &[&[]],
        ),
        // d2-ukraine-russia-prisoner-swap, line 2
        (
            &["Ukraina dan Rusia saling menukar 206 tawanan perang pada Sabtu dalam kesepakatan yang dimediasi oleh Uni Emirat Arab, kata pejabat kedua negara."],
            &["Ukraine and Russia exchanged 206 prisoners of war on Saturday in a deal mediated by the United Arab Emirates, officials from both countries said."],
            &[&[]],
        ),
        // d2-ukraine-russia-prisoner-swap, line 3
        (
            &["Masing-masing pihak menyerahkan 103 personel militer di sebuah titik penyeberangan di perbatasan Belarus-Ukraina, menurut Markas Koordinasi Penanganan Tawanan Perang Ukraina."],
            &["Each side handed over 103 servicemen at a crossing point on the Belarusian-Ukrainian border, according to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War."],
            &[&[]],
        ),
        // d2-drc-m23-sake-displacement, line 7
        (
            &["Reuters tidak dapat memverifikasi secara independen klaim kedua pihak."],
            &["Reuters could not independently verify either side's claims."],
            &[&[]],
        ),
        // d3-korea-ev-battery-recall, line 11, 12
        (
            &["Kim Soo-yeon, analis otomotif di Hanbit Securities, mengatakan penarikan itu kemungkinan tidak akan menekan permintaan dalam waktu lama karena perusahaan bertindak cepat.", "\"Risiko yang lebih besar adalah pembeli mulai meragukan keamanan baterai di seluruh industri,\" kata Park Ji-hoon."],
            &["Kim Soo-yeon, an auto analyst at Hanbit Securities, said the recall was unlikely to dent demand for long because the company had moved quickly.", "\"The bigger risk is that buyers start to question battery safety across the whole industry,\" she said."],
            &[&[], &["speaker_mismatch:Park Ji-hoon|Kim Soo-yeon"]],
        ),
        // d3-norway-ev-share-record, line 10, 11
        (
            &["Ingrid Haugen, ketua Asosiasi Kendaraan Listrik Norwegia, mengatakan tantangan yang tersisa adalah mengganti mobil-mobil lama berbahan bakar fosil yang masih melaju di jalan raya.", "\"Sekitar satu dari tiga mobil di jalan-jalan Norwegia kini bertenaga listrik, jadi perjalanan masih panjang,\" kata Øyvind Solberg."],
            &["Ingrid Haugen, head of the Norwegian EV Association, said the remaining challenge was to replace older fossil-fuel cars still on the roads.", "\"About one car in three on Norwegian roads is now electric, so there is still a long way to go,\" she said."],
            &[&[], &["speaker_mismatch:Øyvind Solberg|Ingrid Haugen"]],
        ),
        // d3-thailand-hoshino-plant-closure, line 9, 10
        (
            &["Kritsada Wongsawad, wakil ketua Federasi Industri Thailand, mengatakan penutupan itu merupakan peringatan bagi seluruh rantai pasokan.", "\"Ratusan produsen suku cadang lokal bergantung pada produsen mobil Jepang, dan banyak di antara mereka belum siap menghadapi peralihan ke kendaraan listrik,\" kata Takeshi Mori."],
            &["Kritsada Wongsawat, vice chairman of the Federation of Thai Industries, said the closure was a warning for the whole supply chain.", "\"Hundreds of local parts makers depend on Japanese carmakers, and many of them are not ready for the shift to electric vehicles,\" he said."],
            &[&["name_variant:Wongsawad|Wongsawat"], &["speaker_mismatch:Takeshi Mori|Kritsada Wongsawat"]],
        ),
        // d4-korea-suneung-exam, line 6
        (
            &["Banyak di antara mereka berharap mendapatkan salah satu dari 1.500 kursi tambahan di fakultas kedokteran yang dibuka berdasarkan rencana pemerintah tahun ini."],
            &["Many are hoping to win one of the 1,500 additional places at medical schools created under a government plan this year."],
            &[&[]],
        ),
        // d4-philippines-typhoon-schools, line 6
        (
            &["\"Keselamatan adalah yang utama, tetapi setiap hari yang hilang memperlebar kesenjangan belajar,\" kata Menteri Pendidikan Ramon Villanueva dalam jumpa pers di Manila."],
            &["\"Safety comes first, but every lost day widens the learning gap,\" Education Secretary Ramon Villanueva said at a briefing in Manila."],
            &[&[]],
        ),
        // d4-philippines-typhoon-schools, line 10
        (
            &["Departemen tersebut mengatakan akan mengizinkan sekolah menggelar kelas pengganti pada hari Sabtu setelah badai berlalu."],
            &["The department said it would allow schools to hold make-up classes on Saturdays once the storm has passed."],
            &[&[]],
        ),
        // d5-everest-record-permits, line 5
        (
            &["\"Kami memperkirakan jendela menuju puncak akan padat pada pekan ketiga Mei, dan kami telah meminta penyelenggara ekspedisi untuk mengatur jadwal tim mereka secara bergiliran,\" kata Rakesh Gurung, direktur bagian pendakian gunung di departemen tersebut."],
            &["\"We are expecting a crowded summit window in the third week of May, and we have asked expedition organisers to stagger their teams,\" said Rakesh Gurung, director of the department's mountaineering section."],
            &[&[]],
        ),
        // d5-dusi-canoe-brothers, line 1
        (
            &["Kakak Beradik Juarai Dusi Canoe Marathon Tiga Tahun Berturut-turut"],
            &["Brothers Win Dusi Canoe Marathon for Third Straight Year"],
            &[&[]],
        ),
        // d5-lisbon-half-masters-record, line 2
        (
            &["Seorang pensiunan tukang pos berusia 71 tahun menyelesaikan Setengah Maraton Lisbon dalam waktu 1 jam 22 menit 50 detik pada Minggu, mencetak rekor terbaik dunia untuk kelompok usia putra 70-74 tahun."],
            &["A 71-year-old retired postman ran the Lisbon Half Marathon in 1 hour, 22 minutes and 50 seconds on Sunday, setting a world best for the men's 70-74 age group."],
            &[&[]],
        ),
        // d6-japan-sc-wrongful-conviction, line 4
        (
            &["Majelis Kecil Kedua menolak argumen pemerintah bahwa jaksa bertindak dengan iktikad baik ketika menahan barang bukti."],
            &["The Second Petty Bench rejected the government's argument that prosecutors had acted in good faith when they withheld evidence."],
            &[&[]],
        ),
        // d6-indonesia-ma-regent-graft, line 2
        (
            &["Mahkamah Agung (MA) memperberat hukuman penjara mantan bupati yang terbukti menerima suap terkait proyek jalan menjadi 12 tahun dari sebelumnya delapan tahun, kata juru bicara MA pada Senin."],
            &["Indonesia's Supreme Court has increased the prison sentence of a former regent convicted of taking bribes over road projects to 12 years from eight, a court spokesman said on Monday."],
            &[&[]],
        ),
        // d6-korea-sc-casino-bribery, line 2
        (
            &["Mahkamah Agung Korea Selatan pada Kamis menguatkan hukuman penjara tiga setengah tahun bagi wakil ketua Hanseong Group karena menyuap seorang mantan wakil menteri demi memperoleh izin pembangunan resor kasino di Pulau Jeju."],
            &["South Korea's Supreme Court on Thursday upheld a three-and-a-half-year prison sentence for the vice chairman of Hanseong Group for bribing a former vice minister to win approval for a casino resort on Jeju Island."],
            &[&[]],
        ),
        // d6-japan-sc-vote-disparity, line 3
        (
            &["Majelis Agung yang beranggotakan 15 hakim menyimpulkan bahwa satu suara di daerah pemilihan dengan penduduk paling sedikit bernilai 3,2 kali lipat satu suara di daerah pemilihan terpadat."],
            &["The 15-member Grand Bench found that a vote in the most underpopulated district was worth 3.2 times one in the most populous district."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
