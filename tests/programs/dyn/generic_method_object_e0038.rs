// A trait with a generic method cannot be a trait object: &dyn Storage is E0038.
trait Storage {
    fn put<T>(&mut self, item: T);
    fn count(&self) -> usize;
}

struct Bin(usize);

impl Storage for Bin {
    fn put<T>(&mut self, _item: T) {
        self.0 += 1;
    }
    fn count(&self) -> usize {
        self.0
    }
}

fn show(s: &dyn Storage) {
    println!("{}", s.count());
}

fn main() {
    let mut b = Bin(0);
    b.put(1);
    show(&b);
}
// error: E0038 at 18:13
