// A map closure panicking while collect fills a Vec: the Strings collected so far and their Vec are freed as the panic unwinds, before the source Vec.
fn main() {
    let words = vec!["ab", "cd", "stop", "ef"];
    let upper: Vec<String> = words
        .iter()
        .map(|w| {
            if *w == "stop" {
                panic!("stopped");
            }
            w.to_uppercase()
        })
        .collect();
    println!("{:?}", upper);
}
// panic: stopped
// panic-at: 8:17
