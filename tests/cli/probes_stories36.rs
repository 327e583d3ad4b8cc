//! Story probes (session 29): the thirty-sixth set of close translations of
//! whole short news stories, written in session 29 and measured with the
//! start build and the build of the moment before it was read (no sentence of
//! NTREX-128, WMT newstest or FLORES; one fact changed in about one pair in
//! three): central banks, Indian politics, terrorism and security, swimming
//! and athletics championships, Asian car and electronics makers, and food
//! safety (953 pairs in 84 stories).
//! The test holds, each in a story of its own (with the line before it where
//! a quotation's speaker is the fact), the pairs that the fixes made after
//! that measurement put right.

use crate::realnews::{assert_fact_cases, FactCase};

#[test]
fn pairs_batch_36_showed() {
    let cases: &[FactCase] = &[
        // k2-punjab-farmers-march, line 1
        (
            &["Ribuan Petani Punjab Berarak Menuju Delhi Tuntut Jaminan Harga Panen"],
            &["Thousands of Punjab Farmers March on Delhi Over Crop Prices"],
            &[&[]],
        ),
        // k2-sc-activist-bail, line 9
        (
            &["\"Kami telah menunggu hari ini selama 1.500 malam,\" ujarnya."],
            &["\"We have waited for this day for 1,500 nights,\" she said."],
            &[&[]],
        ),
        // k4-accra-1500m-african, line 5
        (
            &["Tadesse menempuh putaran terakhir dalam 58,9 detik setelah 800 meter pertama yang lambat."],
            &["Tadesse ran the last lap in 58.9 seconds after a slow opening 800 meters."],
            &[&[]],
        ),
        // k5-hyundai-cikarang-expansion, line 9
        (
            &["Penjualan kendaraan listrik di Indonesia naik menjadi sekitar 43.000 unit tahun lalu, menurut Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo)."],
            &["Electric vehicle sales in Indonesia rose to about 43,000 units last year, according to the Association of Indonesian Automotive Industries, known as Gaikindo."],
            &[&[]],
        ),
        // k6-lagos-bakeries-bromate, line 10
        (
            &["Asosiasi Pembuat Roti dan Katering Nigeria mendesak para anggotanya untuk patuh dan meminta pemerintah menindak para importir bahan kimia tersebut."],
            &["The Association of Master Bakers and Caterers of Nigeria urged members to comply and asked the government to crack down on importers of the chemical."],
            &[&[]],
        ),
        // k6-poland-egg-salmonella-recall, line 3
        (
            &["Telur-telur tersebut berasal dari sebuah peternakan unggas besar di dekat Ostrów Wielkopolski di bagian barat negara itu, kata Inspektorat Sanitasi Utama."],
            &["The eggs came from a large poultry farm near Ostrów Wielkopolski in the west of the country, the Chief Sanitary Inspectorate said."],
            &[&[]],
        ),
    ];
    assert_fact_cases(cases);
}
