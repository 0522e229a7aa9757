// Module visibility: pub functions, private helpers reached from inside, pub(crate), nested modules and super.
mod my_mod {
    fn private_function() {
        println!("called `my_mod::private_function()`");
    }

    pub fn function() {
        println!("called `my_mod::function()`");
    }

    pub fn indirect_access() {
        print!("called `my_mod::indirect_access()`, that\n> ");
        private_function();
    }

    pub mod nested {
        pub fn function() {
            println!("called `my_mod::nested::function()`");
        }

        pub(crate) fn public_function_in_crate() {
            println!("called `my_mod::nested::public_function_in_crate()`");
        }

        pub fn call_parent() {
            print!("nested calls parent: ");
            super::function();
        }
    }
}

fn function() {
    println!("called `function()`");
}

fn main() {
    function();
    my_mod::function();
    my_mod::indirect_access();
    my_mod::nested::function();
    my_mod::nested::call_parent();
    my_mod::nested::public_function_in_crate();
}
// expect: called `function()`
// expect: called `my_mod::function()`
// expect: called `my_mod::indirect_access()`, that
// expect: > called `my_mod::private_function()`
// expect: called `my_mod::nested::function()`
// expect: nested calls parent: called `my_mod::function()`
// expect: called `my_mod::nested::public_function_in_crate()`
