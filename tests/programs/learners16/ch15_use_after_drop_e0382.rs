// Using a value after drop(c) moved it: E0382.
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let c = Guard { name: String::from("lock") };
    drop(c);
    println!("{}", c.name);
}
// error: E0382 at 15:20
