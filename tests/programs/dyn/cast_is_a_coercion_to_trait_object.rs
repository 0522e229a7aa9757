// `as` casts that are coercions: Box<Draft> as Box<dyn State>, &Draft as &dyn State, &String as &str, &[i32; 3] as &[i32] (a false E0605 before).
trait State {
    fn name(&self) -> &'static str;
}
struct Draft;
impl State for Draft {
    fn name(&self) -> &'static str { "draft" }
}
fn main() {
    let b = Box::new(Draft) as Box<dyn State>;
    let r = &Draft as &dyn State;
    let s = String::from("hi");
    let t = &s as &str;
    let a = [1, 2, 3];
    let sl = &a as &[i32];
    println!("{} {} {} {:?}", b.name(), r.name(), t, sl);
}
// expect: draft draft hi [1, 2, 3]
