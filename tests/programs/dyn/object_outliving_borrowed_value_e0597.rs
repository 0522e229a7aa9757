// A `&dyn Show` to a struct that borrows a String keeps the String borrowed: using the object after the String's block is E0597.
trait Show {
    fn show(&self) -> String;
}
struct Label<'a> {
    text: &'a str,
}
impl<'a> Show for Label<'a> {
    fn show(&self) -> String {
        self.text.to_string()
    }
}
fn main() {
    let label;
    let r: &dyn Show;
    {
        let s = String::from("temp");
        label = Label { text: &s };
        r = &label;
    }
    println!("{}", r.show());
}
// error: E0597 at 18:31
