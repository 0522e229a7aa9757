// A trait with a generic method is not dyn compatible: Box<dyn Trait> of it is E0038.
trait Store {
    fn put<T: std::fmt::Debug>(&mut self, t: T);
}

struct Log;

impl Store for Log {
    fn put<T: std::fmt::Debug>(&mut self, t: T) {
        println!("{:?}", t);
    }
}

fn main() {
    let s: Box<dyn Store> = Box::new(Log);
}
// error: E0038 at 15:20
