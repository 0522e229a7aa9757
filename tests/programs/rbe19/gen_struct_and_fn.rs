// Generic structs and functions: a concrete type, a generic wrapper, explicit and inferred type arguments.
struct A;

struct Single(A);

struct SingleGen<T>(T);

fn reg_fn(_s: Single) {}

fn gen_spec_i32(_s: SingleGen<i32>) {}

fn generic<T>(_s: SingleGen<T>) {}

fn main() {
    let _s = Single(A);
    let _char: SingleGen<char> = SingleGen('a');
    let _t = SingleGen(A);
    let _i32 = SingleGen(6);
    let _char = SingleGen('a');
    reg_fn(Single(A));
    gen_spec_i32(SingleGen(6));
    generic::<char>(SingleGen('a'));
    generic(SingleGen('c'));
    println!("{}", std::mem::size_of::<SingleGen<char>>());
}
// expect: 4
