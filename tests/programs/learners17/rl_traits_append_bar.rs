// Rustlings-style: a trait implemented for String and for Vec<String>, its method taking self by value.
trait AppendBar {
    fn append_bar(self) -> Self;
}

impl AppendBar for String {
    fn append_bar(self) -> Self {
        self + "Bar"
    }
}

impl AppendBar for Vec<String> {
    fn append_bar(mut self) -> Self {
        self.push(String::from("Bar"));
        self
    }
}

fn main() {
    let s = String::from("Foo");
    let s = s.append_bar();
    println!("s: {}", s);
    println!("{}", String::from("").append_bar().append_bar());
    let v = vec![String::from("Foo")].append_bar();
    println!("{:?} {}", v, v.len());
}
// expect: s: FooBar
// expect: BarBar
// expect: ["Foo", "Bar"] 2
