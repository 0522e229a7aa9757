// `add(&mut self, s: &'a str)` stores `s` in the struct, so the struct holds the argument's borrow (E0597 once it dies).
struct Shelf<'a> {
    items: Vec<&'a str>,
}

impl<'a> Shelf<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
    }
}

fn main() {
    let a = String::from("x");
    let mut shelf = Shelf { items: Vec::new() };
    shelf.add(&a);
    {
        let b = String::from("y");
        shelf.add(&b);
    }
    println!("{}", shelf.items.len());
}
// error: E0597 at 18:19
