// `impl TryFrom<&str>` with a `&'static str` error: `"ada".try_into()`, `Name::try_from("")`, `s.as_str().try_into()`.
#[derive(Debug)]
struct Name(String);
impl TryFrom<&str> for Name {
    type Error = &'static str;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if s.is_empty() { Err("empty") } else { Ok(Name(s.to_string())) }
    }
}
fn main() {
    let a: Result<Name, _> = "ada".try_into();
    let b = Name::try_from("");
    println!("{:?} {:?}", a, b);
    let s = String::from("bob");
    let c: Result<Name, &str> = s.as_str().try_into();
    println!("{:?}", c);
}
// expect: Ok(Name("ada")) Err("empty")
// expect: Ok(Name("bob"))
