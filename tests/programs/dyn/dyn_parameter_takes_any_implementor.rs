// A function taking `&dyn Describe` is one function for every implementor: each call passes a fat pointer with that type's vtable.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("the text {:?}", self)
    }
}

fn show(item: &dyn Describe) {
    println!("{}", item.describe());
}

fn main() {
    let n = 7;
    let s = String::from("hi");
    show(&n);
    show(&s);
}
// expect: the number 7
// expect: the text "hi"
