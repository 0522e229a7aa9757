// Using a value after drop(x) moved it is E0382.
struct Guard {
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released", self.id);
    }
}

fn main() {
    let g = Guard { id: 1 };
    drop(g);
    println!("id was {}", g.id);
}
// error: E0382 at 15:27
