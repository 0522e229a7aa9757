// The borrow moves with the struct: after `let kept = excerpt;`, moving the text out while `kept` is used is E0505.
struct Excerpt<'a> {
    part: &'a str,
}

fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let novel = String::from("It was a dark night.");
    let excerpt = Excerpt { part: &novel[0..6] };
    let kept = excerpt;
    let n = consume(novel);
    println!("{} {}", kept.part, n);
}
// error: E0505 at 14:21
