// A `&dyn Show` to a struct holding a `&str` calls its method while the borrowed String is alive.
trait Show {
    fn show(&self) -> String;
}

struct Label<'a> {
    text: &'a str,
}

impl<'a> Show for Label<'a> {
    fn show(&self) -> String {
        format!("<{}>", self.text)
    }
}

fn main() {
    let s = String::from("hello");
    let label = Label { text: &s };
    let r: &dyn Show = &label;
    println!("{}", r.show());
}
// expect: <hello>
