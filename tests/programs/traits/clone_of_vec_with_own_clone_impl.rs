// A Vec's clone calls each element's own `Clone::clone`, which the run does not do yet: refused, never copied field by field.
#[derive(Debug)]
struct Doc {
    title: String,
}
impl Clone for Doc {
    fn clone(&self) -> Self {
        println!("cloning {}", self.title);
        Doc { title: format!("{} (copy)", self.title) }
    }
}
fn main() {
    let docs = vec![Doc { title: String::from("report") }];
    let copies = docs.clone();
    println!("{:?}", copies);
}
// expect: cloning report
// expect: [Doc { title: "report (copy)" }]
// unsupported: `clone` of `Vec<Doc>` through the program's own `Clone` impl at 14:23
