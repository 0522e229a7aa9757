// A public constant of a module sizes an array field of a struct in another module.
mod config {
    pub const SLOTS: usize = 2;
}

mod store {
    pub struct Shelf {
        pub items: [Option<u32>; super::config::SLOTS],
    }
}

fn main() {
    let mut s = store::Shelf { items: [None; config::SLOTS] };
    s.items[1] = Some(7);
    println!("{:?}", s.items);
}
// expect: [None, Some(7)]
