// A struct with a Drop impl cannot give up a field: a `move` closure using `g.name` takes all of `g`, dropped with the closure.
struct Guard {
    name: String,
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.id);
    }
}

fn main() {
    let g = Guard { name: String::from("g"), id: 1 };
    let f = move || println!("{}", g.name);
    f();
    drop(f);
    println!("end");
}
// expect: g
// expect: drop guard 1
// expect: end
