// A module that exists but has no such function: E0425, "cannot find function in module".
mod tools {
    pub fn hammer() -> i32 {
        1
    }
}

fn main() {
    println!("{}", tools::saw());
}
// error: E0425 at 9:27
