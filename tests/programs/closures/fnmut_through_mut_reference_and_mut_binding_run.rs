// FnMut called through `&mut F`, a `mut f: F` parameter and a `mut` field through `&mut self`: all accepted and run.
struct Runner<F: FnMut() -> u32> {
    f: F,
}

impl<F: FnMut() -> u32> Runner<F> {
    fn run(&mut self) -> u32 {
        (self.f)()
    }
}

fn by_mut_ref<F: FnMut() -> u32>(f: &mut F) -> u32 {
    f() + f()
}

fn by_value<F: FnMut() -> u32>(mut f: F) -> u32 {
    f() * 10
}

fn through_shared_fn<F: Fn() -> u32>(f: &F) -> u32 {
    f()
}

fn main() {
    let mut n = 0;
    let mut c = || {
        n += 1;
        n
    };
    println!("{}", by_mut_ref(&mut c));
    println!("{}", by_value(&mut c));
    let mut r = Runner { f: c };
    println!("{}", r.run());
    let k = 5;
    println!("{}", through_shared_fn(&|| k * 2));
}
// expect: 3
// expect: 30
// expect: 4
// expect: 10
