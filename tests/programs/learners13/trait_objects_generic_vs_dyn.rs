// The same trait used by static dispatch (T: Noise) and dynamic (&dyn Noise), with size_of of each reference.
trait Noise {
    fn noise(&self) -> String;
    fn loud(&self) -> String {
        self.noise().to_uppercase() + "!"
    }
}

struct Duck;
struct Bell {
    times: usize,
}

impl Noise for Duck {
    fn noise(&self) -> String {
        "quack".into()
    }
}
impl Noise for Bell {
    fn noise(&self) -> String {
        vec!["ding"; self.times].join("-")
    }
}

fn static_call<T: Noise>(t: &T) -> String {
    t.loud()
}

fn dyn_call(t: &dyn Noise) -> String {
    t.loud()
}

fn main() {
    let d = Duck;
    let b = Bell { times: 3 };
    println!("{} {}", static_call(&d), static_call(&b));
    println!("{} {}", dyn_call(&d), dyn_call(&b));
    println!("&Bell {} bytes, &dyn Noise {} bytes", std::mem::size_of::<&Bell>(), std::mem::size_of::<&dyn Noise>());
    let all: Vec<&dyn Noise> = vec![&d, &b, &d];
    let s: Vec<String> = all.iter().map(|n| n.noise()).collect();
    println!("{:?}", s);
}
// expect: QUACK! DING-DING-DING!
// expect: QUACK! DING-DING-DING!
// expect: &Bell 8 bytes, &dyn Noise 16 bytes
// expect: ["quack", "ding-ding-ding", "quack"]
