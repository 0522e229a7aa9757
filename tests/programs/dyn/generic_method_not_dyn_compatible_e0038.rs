// A trait with a generic method cannot be made into an object: E0038 at the `dyn` type of the signature.
trait Store {
    fn size(&self) -> usize;
    fn put<T>(&mut self, item: T);
}

fn report(s: &dyn Store) -> usize {
    s.size()
}

fn main() {}
// error: E0038 at 7:15
