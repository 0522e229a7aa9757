// is_sorted compares neighbours with `<=` (a NaN is sorted with nothing), is_sorted_by_key makes each key once in order and stops at the first pair out of order, is_sorted_by asks the closure pair by pair.
#[derive(Debug)]
struct W { name: String, score: f64 }
fn main() {
    let v = vec![1, 2, 2, 5];
    let f = vec![0.5, f64::NAN, 2.0];
    let e: Vec<u8> = vec![];
    println!("{} {} {} {}", v.is_sorted(), [3, 1].is_sorted(), f.is_sorted(), e.is_sorted());
    let words = vec![W { name: "Bo".into(), score: 1.5 }, W { name: "al".into(), score: 2.5 }, W { name: "Cy".into(), score: 0.5 }];
    println!("{}", words.is_sorted_by_key(|w| w.score));
    println!("{}", words.is_sorted_by_key(|w| { println!("key {}", w.name); w.name.to_lowercase() }));
    println!("{}", words[..2].is_sorted_by_key(|w| w.name.to_lowercase()));
    println!("{}", v.is_sorted_by(|a, b| { println!("cmp {} {}", a, b); a < b }));
    println!("{}", words.is_sorted_by(|a, b| a.name.len() <= b.name.len()));
}
// expect: true false false true
// expect: false
// expect: key Bo
// expect: key al
// expect: false
// expect: false
// expect: cmp 1 2
// expect: cmp 2 2
// expect: false
// expect: true
