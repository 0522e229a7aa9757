// An inherent method calling the type's own trait method, in a module where that trait is not in scope: E0599 for the reference `&Counter`.
mod traits {
    pub trait Next {
        fn next_value(&self) -> u32;
    }
}

struct Counter(u32);

impl traits::Next for Counter {
    fn next_value(&self) -> u32 {
        self.0 + 1
    }
}

impl Counter {
    fn twice(&self) -> u32 {
        self.next_value() * 2
    }
}

fn main() {
    println!("{}", Counter(4).twice());
}
// error: E0599 at 18:14
