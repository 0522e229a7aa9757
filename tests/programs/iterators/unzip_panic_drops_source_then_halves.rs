// A closure panicking while unzip builds its two Vecs: the into_iter's rest and buffer are dropped first, then the left Vec and the right, as std's tuple of them goes.
fn main() {
    let words = vec![String::from("one"), String::from("three"), String::from("stop"), String::from("four")];
    let (kept, lens): (Vec<String>, Vec<usize>) = words
        .into_iter()
        .map(|w| {
            if w == "stop" {
                panic!("stopped at {}", w);
            }
            let n = w.len();
            (w, n)
        })
        .unzip();
    println!("{:?} {:?}", kept, lens);
}
// panic: stopped at stop
// panic-at: 8:17
