// Rustlings-style: a Vec annotated `Vec<&str>` and a generic Wrapper<T> over several types.
struct Wrapper<T> {
    value: T,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value }
    }
}

fn main() {
    let mut shopping_list: Vec<&str> = Vec::new();
    shopping_list.push("milk");
    println!("{:?}", shopping_list);
    let a = Wrapper::new(42);
    let b = Wrapper::new("Foo");
    let c = Wrapper::new(String::from("owned"));
    println!("{} {} {}", a.value, b.value, c.value);
}
// expect: ["milk"]
// expect: 42 Foo owned
