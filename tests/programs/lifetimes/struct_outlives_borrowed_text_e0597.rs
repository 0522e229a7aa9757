// The excerpt holds a borrow of `novel`; using it after `novel` is dropped is E0597.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

fn main() {
    let excerpt;
    {
        let novel = String::from("Call me Ishmael.");
        excerpt = ImportantExcerpt { part: &novel[0..4] };
    }
    println!("{}", excerpt.part);
}
// error: E0597 at 10:45
