// A Drop value pushed into a Vec is moved: using it afterwards is E0382.
struct Res(u8);

impl Drop for Res {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let r = Res(1);
    let mut v = Vec::new();
    v.push(r);
    println!("{}", r.0);
}
// error: E0382 at 14:20
