// 'static: a static number and string literals outlive everything; coerce_static returns a static reference.
static NUM: i32 = 18;

fn coerce_static<'a>(_: &'a i32) -> &'a i32 {
    &NUM
}

fn main() {
    {
        let static_string = "I'm in read-only memory";
        println!("static_string: {}", static_string);
    }
    {
        let lifetime_num = 9;
        let coerced_static = coerce_static(&lifetime_num);
        println!("coerced_static: {}", coerced_static);
    }
    println!("NUM: {} stays accessible!", NUM);
}
// expect: static_string: I'm in read-only memory
// expect: coerced_static: 18
// expect: NUM: 18 stays accessible!
