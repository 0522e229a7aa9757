// A trait implemented for i32, String and generically for Vec<T: Describe>, called through impl Trait arguments and by method syntax.
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
        format!("the text '{}'", self)
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("[{}]", parts.join(", "))
    }
}

fn print_it(x: impl Describe) {
    println!("{}", x.describe());
}

fn main() {
    print_it(5);
    print_it(String::from("hi"));
    print_it(vec![1, 2]);
    let v = vec![String::from("a")];
    println!("{}", v.describe());
}
// expect: the number 5
// expect: the text 'hi'
// expect: [the number 1, the number 2]
// expect: [the text 'a']
