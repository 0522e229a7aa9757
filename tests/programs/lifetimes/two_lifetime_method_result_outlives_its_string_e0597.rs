// The result of a method returning `&'b str` borrows what the second field borrows: used after that String's scope, it is E0597.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

impl<'a, 'b> Pair<'a, 'b> {
    fn second(&self) -> &'b str {
        self.y
    }
}

fn main() {
    let a = String::from("apple");
    let r;
    {
        let b = String::from("banana");
        let p = Pair { x: &a, y: &b };
        r = p.second();
        println!("{}", p.x);
    }
    println!("{}", r);
}
// error: E0597 at 18:34
