// A path through a module that does not exist is E0433.
mod tools {
    pub fn hammer() -> i32 {
        1
    }
}

fn main() {
    println!("{}", toolz::hammer());
}
// error: E0433 at 9:20
