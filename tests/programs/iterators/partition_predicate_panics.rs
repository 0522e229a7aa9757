// A panic in `partition`'s predicate unwinds through the two Vecs built so far: both are freed with what they hold.
fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("boom"), String::from("c")];
    let (short, long): (Vec<String>, Vec<String>) = words.into_iter().partition(|w| {
        if w == "boom" {
            panic!("bad word");
        }
        w.len() < 2
    });
    println!("{:?} {:?}", short, long);
}
// panic: bad word
// panic-at: 6:13
