// A module is a namespace, not a value: using it as one is E0423.
mod tools {
    pub fn hammer() {}
}

fn main() {
    let t = tools;
    tools::hammer();
}
// error: E0423 at 7:13
