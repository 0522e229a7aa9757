// A result under a two-lifetime struct's first lifetime outlives the inner scope that holds the second borrow's owner.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
}

fn main() {
    let s = String::from("left");
    let r;
    {
        let t = String::from("right");
        let w = W { a: &s, b: &t };
        r = w.pick_a();
        println!("{}", w.b);
    }
    println!("{r}");
}
// expect: right
// expect: left
