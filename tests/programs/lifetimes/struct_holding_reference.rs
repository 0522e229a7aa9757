// A struct that holds a reference names its lifetime; the struct may not outlive the text it points into.
#[derive(Debug)]
struct ImportantExcerpt<'a> {
    part: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = &novel[0..16];
    let excerpt = ImportantExcerpt { part: first_sentence };
    println!("{:?}", excerpt);
    println!("{}", excerpt.part.len());
}
// expect: ImportantExcerpt { part: "Call me Ishmael." }
// expect: 16
