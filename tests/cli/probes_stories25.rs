//! Story probes (session 27): the twenty-fifth set of close translations
//! of whole short news stories, written at the end of session 27 and
//! measured with the start build and the build of the moment before it was
//! read (no sentence of NTREX-128, WMT newstest or FLORES; one fact changed
//! in about one pair in three): South Asian politics, Turkey, Greece and
//! the Balkans, technology regulation, courts in Africa, motor racing and
//! combat sports, and health in Southeast Asia (960 pairs in 84 stories).
//! The test holds pairs that went wrong before the fixes made after that
//! measurement.

use crate::realnews::assert_fact_flags;

// "dua puluhannya" (his twenties), "Kopral Dua" (a rank, no count),
// "Tikungan 9" / "Turn 9", and "ibu tiga anak" / "Mother-of-three".
#[test]
fn figures_and_words_batch_25_showed() {
    let source = [
        "\"Ia kehilangan masa usia dua puluhannya di dalam sel atas sesuatu yang tidak ia lakukan,\" kata Eze.",
        "Kopral Dua Emmanuel Osei dan Prajurit Kofi Amankwah dinyatakan bersalah atas pembunuhan tidak berencana terhadap Yaw Darko, penjual ubi berusia 41 tahun.",
        "Pebalap berusia 22 tahun itu kehilangan kendali ban depan motornya di Tikungan 9 pada kecepatan sekitar 190 kilometer per jam.",
        "Nining Kurniasih, ibu tiga anak berusia 34 tahun, mengatakan ia menunggu sembilan jam untuk mendapatkan tempat tidur bagi putranya yang berusia tujuh tahun.",
    ];
    let report = [
        "\"He lost his twenties in a cell for something he did not do,\" Eze said.",
        "Lance Corporal Emmanuel Osei and Private Kofi Amankwah were found guilty of manslaughter in the death of Yaw Darko, a 41-year-old yam seller.",
        "The 22-year-old lost the front of his bike at Turn 9 at about 190 kilometres per hour.",
        "Mother-of-three Nining Kurniasih, 34, said she waited nine hours for a bed for her seven-year-old son.",
    ];
    let want: [&[&str]; 4] = [&[], &[], &[], &[]];
    assert_fact_flags(&source, &report, &want);
}
