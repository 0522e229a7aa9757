// A hand-written `Clone` runs its own body when called directly, on the value or through a reference.
#[derive(Debug)]
struct Doc {
    title: String,
    pages: Vec<u32>,
}
impl Clone for Doc {
    fn clone(&self) -> Self {
        println!("cloning {}", self.title);
        Doc { title: format!("{} (copy)", self.title), pages: self.pages.clone() }
    }
}
fn main() {
    let a = Doc { title: String::from("report"), pages: vec![1, 2] };
    let mut b = a.clone();
    b.pages.push(3);
    let r = &b;
    let c = r.clone();
    println!("{:?}\n{:?}\n{:?}", a, b, c);
}
// expect: cloning report
// expect: cloning report (copy)
// expect: Doc { title: "report", pages: [1, 2] }
// expect: Doc { title: "report (copy)", pages: [1, 2, 3] }
// expect: Doc { title: "report (copy) (copy)", pages: [1, 2, 3] }
