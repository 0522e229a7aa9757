// Drop order of struct fields, Vec elements, a moved-out value and a reassigned binding.
struct Named(&'static str);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Named,
    second: Named,
}

fn take(n: Named) {
    println!("took {}", n.0);
}

fn main() {
    let mut a = Named("a1");
    let p = Pair { first: Named("f"), second: Named("s") };
    let v = vec![Named("v0"), Named("v1"), Named("v2")];
    a = Named("a2");
    take(Named("t"));
    {
        let _inner = Named("inner");
        println!("leaving block");
    }
    let Pair { first, .. } = p;
    println!("got {}", first.0);
    println!("end {}", v.len());
}
// expect: drop a1
// expect: took t
// expect: drop t
// expect: leaving block
// expect: drop inner
// expect: got f
// expect: end 3
// expect: drop f
// expect: drop v0
// expect: drop v1
// expect: drop v2
// expect: drop s
// expect: drop a2
