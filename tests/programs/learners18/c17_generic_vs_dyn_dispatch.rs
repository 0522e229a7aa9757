// The same trait used by a generic fn (static dispatch) and a &dyn fn (dynamic), with size_of the two pointers.
use std::mem::size_of;

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {self}")
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("string {self:?}")
    }
}

fn show_static<T: Describe>(x: &T) {
    println!("static: {}", x.describe());
}

fn show_dyn(x: &dyn Describe) {
    println!("dyn: {}", x.describe());
}

fn main() {
    let n = 7;
    let s = String::from("seven");
    show_static(&n);
    show_static(&s);
    show_dyn(&n);
    show_dyn(&s);
    println!("{} {}", size_of::<&i32>(), size_of::<&dyn Describe>());
    println!("{}", size_of::<Box<dyn Describe>>());
}
// expect: static: int 7
// expect: static: string "seven"
// expect: dyn: int 7
// expect: dyn: string "seven"
// expect: 8 16
// expect: 16
