// A constant read through a module that does not exist (`config::MAX`): E0433 at the module's name, not E0425 at the path.
mod settings {
    pub const MAX: u32 = 10;
}

fn main() {
    let limit = config::MAX;
    println!("{} {}", limit, settings::MAX);
}
// error: E0433 at 7:17
