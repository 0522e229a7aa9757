// A closure panicking while a zip over a Vec's into_iter is collected: the panic unwinds std's extend first, so the source's buffer is freed before the Strings collected so far and their Vec.
fn main() {
    let words = vec![String::from("p"), String::from("q")];
    let pairs: Vec<(String, i32)> = words
        .into_iter()
        .zip(0..3)
        .map(|(w, i)| {
            if i == 1 {
                panic!("boom {}", w);
            }
            (w, i)
        })
        .collect();
    println!("{:?}", pairs);
}
// panic: boom q
// panic-at: 9:17
