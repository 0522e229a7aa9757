// `impl<'a>` methods: `level` borrows nothing, `announce_and_return_part` returns self's part (elided to self's lifetime).
struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let excerpt = ImportantExcerpt { part: &novel[..16] };
    println!("{}", excerpt.level());
    let part = excerpt.announce_and_return_part("new chapter");
    println!("{}", part);
}
// expect: 3
// expect: Attention please: new chapter
// expect: Call me Ishmael.
