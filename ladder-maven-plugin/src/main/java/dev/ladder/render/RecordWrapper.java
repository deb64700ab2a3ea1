package dev.ladder.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with a cheaper way to a record's components, which is most of what
 * templates read ({@code level.code}, {@code entry.bullet.html}). The default wraps each record in a bean
 * model that looks its class up and reads a component by reflection with an access check; on a large site
 * that was a sixth of the processor time. Here a component is read through a method handle made once per
 * record class, and anything else (a method call such as {@code comparison.sections()}, a non-component
 * property, {@code ?keys}) goes to the default bean model, made only when needed, so templates see no
 * difference.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /**
     * Each public record class's components by name, as handles taking the record and returning Object; none
     * for any other class. Looked up once per class: {@link Class#isRecord} itself is slow enough to show.
     */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> components = new HashMap<>();
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return Map.of();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    components.put(component.getName(), MethodHandles.publicLookup()
                            .unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    // Not readable from outside its package: the bean model decides, as it did before.
                    return Map.of();
                }
            }
            return Map.copyOf(components);
        }
    };

    RecordWrapper(Version version) {
        super(version);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Map<String, MethodHandle> components = COMPONENTS.get(object.getClass());
        return components.isEmpty() ? super.handleUnknownType(object) : new RecordModel(object, components, this);
    }

    /** The model FreeMarker would have made, for everything but reading a component. */
    private TemplateModel beanModel(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /** A record as a template sees it; see {@link RecordWrapper}. */
    private static final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            TemplateScalarModel, AdapterTemplateModel, WrapperTemplateModel {

        private final Object record;
        private final Map<String, MethodHandle> components;
        private final RecordWrapper wrapper;
        /** The default bean model of the record, made the first time something but a component is read. */
        private TemplateModel bean;

        RecordModel(Object record, Map<String, MethodHandle> components, RecordWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle component = components.get(key);
            if (component == null) {
                return hash().get(key);
            }
            try {
                return wrapper.wrap(component.invokeExact(record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("could not read " + key, e);
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            TemplateHashModelEx hash = hash();
            return hash instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key)
                    : hash.get(key);
        }

        /** A record is never empty to {@code ?has_content}, as the bean model says of any object but false. */
        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() throws TemplateModelException {
            return hash().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return hash().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return hash().values();
        }

        @Override
        public String getAsString() throws TemplateModelException {
            return ((TemplateScalarModel) bean()).getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        private TemplateModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return bean;
        }

        private TemplateHashModelEx hash() throws TemplateModelException {
            return (TemplateHashModelEx) bean();
        }
    }
}
