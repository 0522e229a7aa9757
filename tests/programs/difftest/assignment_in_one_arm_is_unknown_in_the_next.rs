// A value assigned in one match arm is not known in another arm, so rustc does not reject `k + 1` there: it panics at run time.
let mut k: u8 = 255;
let pick: usize = "2".parse().unwrap();
match pick {
    1 => {
        k = 3;
    }
    _ => {
        let z = k + 1;
        println!("{}", z);
    }
}
println!("{}", k);
// panic: attempt to add with overflow
// panic-at: 9:17
