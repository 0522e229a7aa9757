// Methods of `impl<'a, 'b> Pair<'a, 'b>` returning `&'a str` and `&'b str`: the first result outlives the String behind the second field.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

impl<'a, 'b> Pair<'a, 'b> {
    fn first(&self) -> &'a str {
        self.x
    }

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
        r = p.first();
        println!("{}", p.second());
    }
    println!("{}", r);
}
// expect: banana
// expect: apple
