// A function taking a two-lifetime struct by reference returns its method's result under the first lifetime, which outlives the struct and the second owner.
struct W<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a, 'b> W<'a, 'b> {
    fn pick_a(&self) -> &'a str {
        self.a
    }
}

fn through<'a, 'b>(w: &W<'a, 'b>) -> &'a str {
    println!("{}", w.b);
    w.pick_a()
}

fn main() {
    let s = String::from("left");
    let r;
    {
        let t = String::from("right");
        let w = W { a: &s, b: &t };
        r = through(&w);
    }
    println!("{r}");
}
// expect: right
// expect: left
