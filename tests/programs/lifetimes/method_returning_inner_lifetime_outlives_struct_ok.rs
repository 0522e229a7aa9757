// `fn part(&self) -> &'a str` hands out the text's borrow, not the struct's: the struct may go while the part stays.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let part;
    {
        let excerpt = Excerpt { part: &novel[5..7] };
        part = excerpt.part();
    }
    println!("{}", part);
}
// expect: me
