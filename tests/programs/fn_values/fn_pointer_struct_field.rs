// A struct field of `fn` pointer type: the struct holds the function's address and calls it as `(self.op)(a, b)`.
struct Button {
    label: String,
    on_click: fn(&str) -> String,
}

fn greet(name: &str) -> String {
    format!("clicked {}", name)
}

impl Button {
    fn click(&self) -> String {
        (self.on_click)(&self.label)
    }
}

fn main() {
    let b = Button { label: String::from("ok"), on_click: greet };
    println!("{}", b.click());
    println!("{}", std::mem::size_of::<Button>());
}
// expect: clicked ok
// expect: 32
